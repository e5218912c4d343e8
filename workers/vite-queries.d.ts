/** Vite's `?worker&url` import: the URL of the bundled worker module (see spawn-browser.ts). */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
