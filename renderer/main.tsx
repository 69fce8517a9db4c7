import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/caveat/400.css';
import '@fontsource/caveat/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installTestHook } from './app/testHook';
import { setupI18n } from './i18n/setup';
import { isProjectorWindow, ProjectorView } from './room/projector/ProjectorView';

await setupI18n();
installTestHook();
createRoot(document.getElementById('root')!).render(
  <StrictMode>{isProjectorWindow(window.location.hash) ? <ProjectorView /> : <App />}</StrictMode>,
);
