// Leaflet's ES module build: unlike its main (UMD) file it does not set `window.L`, so a host page's own
// Leaflet is left alone. Its types are the package's.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
