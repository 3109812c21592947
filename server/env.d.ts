/**
 * The content folder as it was at build time, compiled into the server's bundle by
 * `tools/build-electron.ts`: the show the server falls back to when the folder is broken.
 */
declare module 'virtual:yeondae-content' {
  const content: import('./show-content').ShowContent;
  export default content;
}
