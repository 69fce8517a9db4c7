/** The import and export dialogs, mounted once in the shell. */
import { ImportLayer } from '../import/ImportLayer';
import { ExportDialog } from './ExportDialog';

export function FileLayer() {
  return (
    <>
      <ImportLayer />
      <ExportDialog />
    </>
  );
}
