/** What every browser test launches Chromium with and records in each page. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // The machines have no network but loopback: without these, Chromium keeps dialling out.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Recorded by the page itself from the first script on: CSP violations are DOM events, so
// they are caught even when Chromium's console wording changes.
export const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + (e.sample ? ' [' + e.sample + ']' : ''));
  });
`;
