declare module 'currency-symbol-map/map.js' {
  /** ISO 4217 code → the symbol written for it. */
  const map: Record<string, string>;
  export default map;
}
