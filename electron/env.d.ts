/**
 * The content folder as it was at build time, compiled into main's bundle by
 * `tools/build-electron.ts`: the show main falls back to when the folder is broken.
 */
declare module 'virtual:yeondae-content' {
  const content: import('../server/show-content').ShowContent;
  export default content;
}
