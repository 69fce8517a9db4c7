export interface LicenceEntry {
  name: string;
  version: string;
  licence: string;
  text: string | null;
}
export function collectLicences(root: string): LicenceEntry[];
export function licencesPlugin(root?: string): import('vite').Plugin;
