// Progressive enhancement for the explorer's pages: copy buttons for citations. Every
// citation is visible text, so without this file it can still be selected and copied.
'use strict';

function announce(message) {
  const status = document.querySelector('.copy-status');
  if (status) status.textContent = message;
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-HTTP pages on a non-local host have no Clipboard API: fall back to a selection.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  const target = document.getElementById(button.dataset.copy);
  if (!target) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const label = button.textContent.replace(/^Copy /, '');
    try {
      await copyText(target.textContent);
      button.dataset.copied = 'true';
      announce(`${label} citation copied.`);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      announce(`Could not copy; the ${label} citation is selected, press Ctrl+C or ⌘C.`);
    }
  });
}
