/**
 * With encryption at rest on, the browser must not keep its own copy of what is typed.
 * Chromium saves the contents of text fields for session restore and back/forward (the
 * profile's Sessions files) and remembers entries for autofill, in plain text, unless the
 * field (an input) or its form says autocomplete="off". A textarea outside a form is
 * always saved, so every field without a form is tied (form="…") to one empty form that
 * says autocomplete="off" and never submits. Done here, as screens render, so that no
 * screen has to remember it.
 */
const FORM_ID = 'veldwerk-no-form-state';
const FIELDS = 'input, textarea, select, form';

function guard(element: Element, form: HTMLFormElement): void {
  if (element instanceof HTMLFormElement) {
    if (element !== form) element.setAttribute('autocomplete', 'off');
  } else if (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  ) {
    if (!element.closest('form') && !element.hasAttribute('form')) element.setAttribute('form', FORM_ID);
    if (element instanceof HTMLInputElement && element.type !== 'password' && element.autocomplete !== 'off') {
      element.setAttribute('autocomplete', 'off');
    }
  }
}

export function keepNoFormState(root: HTMLElement = document.body): () => void {
  const form = document.createElement('form');
  form.id = FORM_ID;
  form.setAttribute('autocomplete', 'off');
  form.hidden = true;
  form.addEventListener('submit', (event) => event.preventDefault());
  document.body.append(form);
  const guardAll = (node: Element) => {
    if (node.matches(FIELDS)) guard(node, form);
    for (const field of node.querySelectorAll(FIELDS)) guard(field, form);
  };
  guardAll(root);
  const observer = new MutationObserver((changes) => {
    for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) guardAll(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    form.remove();
  };
}
