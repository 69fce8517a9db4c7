/** The licence list of the bundled packages, made at build time by scripts/licences.mjs. */
declare module 'virtual:licences' {
  const licences: { name: string; version: string; licence: string; text: string | null }[];
  export default licences;
}
