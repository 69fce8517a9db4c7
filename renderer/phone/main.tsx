import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';
import { createPhoneSession } from './phoneSession';
import { setupPhoneText } from './phoneText';
import './phone.css';

void setupPhoneText(navigator.languages?.length ? navigator.languages : [navigator.language]).then((i18n) => {
  const session = createPhoneSession(window.location);
  session.start();
  createRoot(document.getElementById('root')!).render(<PhoneApp session={session} t={i18n.t.bind(i18n)} />);
});
