import { type Action, type Decision, redact } from 'moderera';
import { hitsOf, KIND_SV, segmentsOf } from './spans.js';

/** What a moderator does, in Swedish, for each action of the contract. */
export const ACTION_SV: Readonly<Record<Action, string>> = {
  keep: 'Behåll',
  'delete-after-screenshot': 'Radera efter skärmdump',
  weed: 'Gallra vid inaktualitet',
};

/** A comment in the queue, as the moderator entered or received it. */
export interface QueuedComment {
  readonly id: string;
  readonly text: string;
  readonly author?: { readonly name?: string };
  readonly createdAt?: string;
  readonly channel?: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

const dateSv = (iso: string) => new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

/** The comment text with every finding marked; the category is in the title and, for screen readers, after the mark. */
function highlighted(d: Decision, text: string): HTMLElement {
  const p = el('p', { className: 'comment-text' });
  for (const seg of segmentsOf(text, hitsOf(d))) {
    if (seg.hits.length === 0) {
      p.append(seg.text);
      continue;
    }
    const labels = [...new Set(seg.hits.map((h) => h.label))].join('; ');
    const category = seg.hits.some((h) => h.category !== 'personal-data') ? seg.hits.find((h) => h.category !== 'personal-data')!.category : 'personal-data';
    p.append(el('mark', { title: labels, dataset: { category } }, seg.text), el('span', { className: 'sr-only' }, ` (${labels})`));
  }
  return p;
}

function row(term: string, ...value: (Node | string)[]): [HTMLElement, HTMLElement] {
  return [el('dt', {}, term), el('dd', {}, ...value)];
}

/**
 * One queue entry: the comment with highlighted spans, the action, reasons in Swedish, the redacted text,
 * the reply owed and, when it is to be deleted, the evidence record to save first.
 *
 * @example
 * list.prepend(renderDecision(comment, moderate(comment)))
 */
export function renderDecision(comment: QueuedComment, d: Decision): HTMLLIElement {
  const titleId = `beslut-${d.commentId.replace(/[^\w-]/g, '_')}`;
  const heading = el('h3', { id: titleId }, comment.author?.name ?? 'Okänd avsändare', comment.createdAt ? el('span', { className: 'meta' }, ` · ${dateSv(comment.createdAt)}`) : '', comment.channel ? el('span', { className: 'meta' }, ` · ${comment.channel}`) : '');
  const action = el('p', { className: 'action', dataset: { action: d.action } }, el('span', { className: 'sr-only' }, 'Åtgärd: '), ACTION_SV[d.action]);

  const reasons = el('ul', { className: 'reasons' }, ...d.reasons.map((r) => el('li', { lang: 'sv' }, r.message.sv, el('small', {}, ` ${r.source.guideline}${r.source.law ? ` · ${r.source.law}` : ''}`))));
  const details = el('dl', { className: 'facts' });
  details.append(...row('Skäl', reasons));
  details.append(...row('Personuppgifter', d.personalData.length === 0 ? 'Inga hittades' : [...new Set(d.personalData.map((p) => KIND_SV[p.kind]))].join(', ')));
  if (d.personalData.length > 0) details.append(...row('Maskerad text', el('span', { className: 'redacted' }, redact(comment.text, d, { style: 'label' }))));
  const reply = d.reply.expected ? `Ja${d.reply.department ? `, ${d.reply.department}` : ''}${d.reply.dueBy ? `, senast ${d.reply.dueBy}` : ''}` : 'Nej';
  details.append(...row('Svar förväntas', reply));
  if (d.archival.weedAfter) details.append(...row('Får gallras', `efter ${d.archival.weedAfter}`));

  const article = el('article', { className: `card action-${d.action}` });
  article.setAttribute('aria-labelledby', titleId);
  article.append(heading, action, highlighted(d, comment.text), details);
  if (d.archival.evidence) {
    const json = JSON.stringify(d.archival.evidence, null, 2);
    const download = el('a', { className: 'button', download: `bevispost-${d.commentId}.json`, href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}` }, 'Ladda ner bevispost (JSON)');
    article.append(el('details', { className: 'evidence' }, el('summary', {}, 'Bevispost – spara innan kommentaren raderas'), el('pre', {}, json), download));
  }
  return el('li', {}, article);
}
