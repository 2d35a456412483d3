import { type Comment, moderate } from 'moderera';
import examples from '../../../fixtures/examples/osthammar-comments.jsonl?raw';
import { ACTION_SV, type QueuedComment, renderDecision } from './render.js';

const form = document.querySelector<HTMLFormElement>('#ny-kommentar')!;
const textField = document.querySelector<HTMLTextAreaElement>('#kommentar-text')!;
const authorField = document.querySelector<HTMLInputElement>('#kommentar-avsandare')!;
const formError = document.querySelector<HTMLParagraphElement>('#formular-fel')!;
const queue = document.querySelector<HTMLOListElement>('#ko')!;
const count = document.querySelector<HTMLSpanElement>('#ko-antal')!;
const status = document.querySelector<HTMLParagraphElement>('#ko-status')!;

let typed = 0;

/** Moderates a comment and puts it first in the queue; returns the decision's action for the status line. */
function enqueue(comment: QueuedComment & Comment): keyof typeof ACTION_SV {
  const decision = moderate(comment, { now: new Date() });
  queue.prepend(renderDecision(comment, decision));
  count.textContent = `(${queue.children.length})`;
  return decision.action;
}

// The bundled example comments, oldest last, so the queue reads like a page's comment feed.
for (const line of examples.split('\n').filter((l) => l.trim() !== '')) enqueue(JSON.parse(line) as QueuedComment & Comment);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = textField.value.trim();
  if (text === '') {
    formError.textContent = 'Skriv en kommentar först.';
    formError.hidden = false;
    textField.setAttribute('aria-invalid', 'true');
    textField.focus();
    return;
  }
  formError.hidden = true;
  textField.removeAttribute('aria-invalid');
  const author = authorField.value.trim();
  typed += 1;
  const comment = { id: `ny-${typed}`, text, createdAt: new Date().toISOString(), channel: 'inmatad', ...(author ? { author: { name: author } } : {}) };
  const action = enqueue(comment);
  status.textContent = `Granskad: ${ACTION_SV[action]}.`;
  form.reset();
  textField.focus();
});

textField.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
});
