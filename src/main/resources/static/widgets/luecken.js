// <integrationsnetz-luecken>: a card of the open gaps — how many of each kind, the first
// few of each, and a link to the details.

import { h, IntegrationsnetzElement } from './base.js';

const STYLE = `
  .total { margin: 0 0 .75em; }
  .kinds { list-style: none; margin: 0; padding: 0; display: grid; gap: .6em; }
  .kind {
    border-left: 4px solid var(--integrationsnetz-color-warning, #b35c00);
    padding: .3em .7em;
    background: var(--integrationsnetz-color-surface, #f3f6fa);
  }
  .kind header { display: flex; justify-content: space-between; align-items: baseline; gap: .6em; }
  .count {
    font-weight: 700; font-size: 1.15em; min-width: 2ch; text-align: right;
    color: var(--integrationsnetz-color-warning-text, #8a4500);
  }
  .items { margin: .25em 0 0; padding-left: 1.2em; font-size: .92em; }
`;

const TOP = 3;

export class Luecken extends IntegrationsnetzElement {
  static get observedAttributes() {
    return [...super.observedAttributes, 'top', 'details-href'];
  }

  get top() {
    const top = Number.parseInt(this.getAttribute('top'), 10);
    return top >= 0 ? top : TOP;
  }

  /**
   * Where "Details" leads: the `details-href` attribute (`{kind}` is replaced by the kind of
   * gap, e.g. `topicsWithSingleExpert`), by default the explorer of the application.
   */
  detailsHref(kind) {
    const template = this.getAttribute('details-href') || `${this.access.endpoint}/graphiql`;
    return template.replaceAll('{kind}', encodeURIComponent(kind));
  }

  async load() {
    const generation = ++this.generation;
    const t = this.t.gaps;
    this.setState('loading');
    const body = h('div', { 'aria-live': 'polite' }, this.loadingMessage());
    this.render(STYLE, h('h2', {}, t.title), body);
    let gaps;
    try {
      gaps = (await this.query('luecken')).gaps;
    } catch (error) {
      if (generation === this.generation) body.replaceChildren(this.errorMessage(error, () => this.load()));
      return;
    }
    if (generation !== this.generation) return;
    const kinds = Object.keys(t.kinds).filter((kind) => Array.isArray(gaps[kind]) && gaps[kind].length > 0);
    const total = kinds.reduce((sum, kind) => sum + gaps[kind].length, 0);
    if (total === 0) {
      this.setState('empty');
      body.replaceChildren(h('p', { class: 'message', role: 'status' }, t.none));
      return;
    }
    body.replaceChildren(
      h('p', { class: 'total', role: 'status' }, t.total(total, kinds.length)),
      h('ul', { class: 'kinds' }, kinds.map((kind) => this.kind(kind, gaps[kind]))));
    this.dataset.total = String(total);
    this.setState('ready');
  }

  kind(kind, items) {
    const t = this.t.gaps;
    const label = t.kinds[kind];
    const shown = items.slice(0, this.top);
    const rest = items.length - shown.length;
    return h('li', { class: 'kind', 'data-kind': kind, 'data-count': items.length },
      h('header', {},
        h('h3', {}, label),
        h('span', { class: 'count' }, items.length)),
      shown.length ? h('ul', { class: 'items' },
        shown.map((gap) => h('li', {}, gap.subject.name || gap.subject.id, gap.date ? ` (${this.date(gap.date)})` : '')),
        rest > 0 ? h('li', { class: 'muted' }, t.more(rest)) : null) : null,
      h('a', { href: this.detailsHref(kind), 'aria-label': t.detailsOf(label) }, t.details));
  }

  date(iso) {
    const [year, month, day] = iso.split('-');
    return this.english ? iso : `${day}.${month}.${year}`;
  }
}
