// <integrationsnetz-expertenfinder>: who knows about a topic, speaks a language, works with
// a target group — ranked, with the reasons, and contact data where the API returns it.

import { h, IntegrationsnetzElement } from './base.js';

const STYLE = `
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: .6em .8em;
    align-items: end;
    margin-bottom: 1em;
  }
  label { display: flex; flex-direction: column; gap: .2em; font-weight: 600; font-size: .92em; }
  label > input, label > select { font-weight: 400; font-size: 1.08em; }
  .results { list-style: none; margin: 0; padding: 0; display: grid; gap: .75em; }
  .result {
    border: 1px solid var(--integrationsnetz-color-border, #c9ced6);
    border-radius: calc(var(--integrationsnetz-radius, 8px) / 2);
    padding: .6em .8em;
  }
  .result header { display: flex; justify-content: space-between; gap: .5em; flex-wrap: wrap; }
  .score { font-size: .85em; }
  .reasons { margin: .4em 0 0; padding: 0; list-style: none; font-size: .92em; }
  .reasons li::before { content: "✓ "; color: var(--integrationsnetz-color-accent, #0b5394); }
  .contact { margin: .4em 0 0; font-size: .92em; }
  .badge {
    display: inline-block; font-size: .78em; padding: 0 .45em; margin-left: .3em;
    border-radius: 999px; border: 1px solid var(--integrationsnetz-color-border-strong, #6e7781);
  }
  nav { display: flex; align-items: center; gap: .8em; margin-top: .9em; }
`;

const PAGE_SIZE = 5;

export class Expertenfinder extends IntegrationsnetzElement {
  static get observedAttributes() {
    return [...super.observedAttributes, 'topic', 'language', 'target-group', 'scope', 'page-size'];
  }

  /** Builds the form, reads the choices for language and target group, searches if preset. */
  async load() {
    const generation = ++this.generation;
    const t = this.t.finder;
    this.setState('loading');
    this.cursors = [null];
    this.pageIndex = 0;
    const id = (name) => `inetz-finder-${name}`;
    this.topic = h('input', { id: id('topic'), name: 'topic', type: 'search', list: id('topics'),
      autocomplete: 'off', placeholder: this.t.finder.topicHint, value: this.getAttribute('topic') || '' });
    this.suggestions = h('datalist', { id: id('topics') });
    this.language = h('select', { id: id('language'), name: 'language' }, h('option', { value: '' }, t.any));
    this.targetGroup = h('select', { id: id('target-group'), name: 'targetGroup' }, h('option', { value: '' }, t.any));
    this.scope = h('select', { id: id('scope'), name: 'scope' },
      Object.entries(t.scopes).map(([value, label]) => h('option', { value }, label)));
    this.scope.value = this.getAttribute('scope') || 'ALL';
    this.topic.addEventListener('input', () => this.suggest());
    const form = h('form', { role: 'search', 'aria-label': t.title, onsubmit: (event) => {
      event.preventDefault();
      this.search(0);
    } },
    h('label', { for: id('topic') }, t.topic, this.topic), this.suggestions,
    h('label', { for: id('language') }, t.language, this.language),
    h('label', { for: id('target-group') }, t.targetGroup, this.targetGroup),
    h('label', { for: id('scope') }, t.scope, this.scope),
    h('div', {}, h('button', { type: 'submit' }, t.search)));
    this.output = h('section', { 'aria-live': 'polite', 'aria-label': t.results, class: 'output' }, this.loadingMessage());
    this.render(STYLE, h('h2', {}, t.title), form, this.output);
    try {
      const data = await this.query('auswahllisten');
      if (generation !== this.generation) return;
      const english = this.english;
      for (const { node } of data.languages.edges) {
        this.language.append(h('option', { value: node.id }, english && node.nameEn ? node.nameEn : node.name));
      }
      for (const { node } of data.targetGroups.edges) {
        this.targetGroup.append(h('option', { value: node.id }, node.name));
      }
      this.language.value = this.getAttribute('language') || '';
      this.targetGroup.value = this.getAttribute('target-group') || '';
      this.output.replaceChildren();
      this.setState('ready');
      if (this.topic.value || this.language.value || this.targetGroup.value) {
        await this.search(0);
      }
    } catch (error) {
      if (generation === this.generation) this.output.replaceChildren(this.errorMessage(error, () => this.load()));
    }
  }

  /** Offers topics whose names match what was typed (full-text search), after a short pause. */
  suggest() {
    clearTimeout(this.suggestTimer);
    const text = this.topic.value.trim();
    if (text.length < 3) return;
    this.suggestTimer = setTimeout(async () => {
      try {
        const data = await this.query('themenvorschlaege', { text });
        const names = data.search.edges.map((edge) => edge.node.node.name).filter(Boolean);
        this.suggestions.replaceChildren(...names.map((name) => h('option', { value: name })));
      } catch {
        // suggestions are a help, not a must: the search itself reports failures
      }
    }, 250);
  }

  get pageSize() {
    const size = Number.parseInt(this.getAttribute('page-size'), 10);
    return size > 0 && size <= 100 ? size : PAGE_SIZE;
  }

  /** Shows page `index` of the matches (cursors of earlier pages are remembered). */
  async search(index) {
    const t = this.t.finder;
    const variables = {
      topic: this.topic.value.trim() || null,
      language: this.language.value || null,
      targetGroup: this.targetGroup.value || null,
      scope: this.scope.value,
      first: this.pageSize,
      after: index === 0 ? null : this.cursors[index],
    };
    if (!variables.topic && !variables.language && !variables.targetGroup) {
      this.setState('empty');
      this.output.replaceChildren(h('p', { class: 'message', role: 'status' }, t.needCriterion));
      return;
    }
    if (index === 0) this.cursors = [null];
    const generation = ++this.generation;
    this.setState('loading');
    this.output.replaceChildren(this.loadingMessage());
    try {
      const { findExperts } = await this.query('expertenfinder', variables);
      if (generation !== this.generation) return;
      this.pageIndex = index;
      this.cursors[index + 1] = findExperts.pageInfo.endCursor;
      this.showResults(findExperts);
    } catch (error) {
      if (generation !== this.generation) return;
      if (error.kind === 'input') {
        this.setState('empty', 'input');
        this.output.replaceChildren(this.inputMessage(error));
      } else {
        this.output.replaceChildren(this.errorMessage(error, () => this.search(index)));
      }
    }
  }

  inputMessage(error) {
    const t = this.t.finder;
    const suggestions = (error.details && error.details.suggestions) || [];
    const names = suggestions.map((s) => (typeof s === 'string' ? s : s.name || s.id)).filter(Boolean);
    return h('div', { class: 'message', role: 'alert', 'data-error': 'input' },
      h('p', { style: 'margin:0' }, t.unknown[error.code] || this.t.errors.input),
      names.length ? h('p', { style: 'margin:.3em 0 0' }, `${t.didYouMean} `,
        names.map((name, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'secondary', onclick: () => {
          this.topic.value = name;
          this.search(0);
        } }, name)])) : null);
  }

  showResults(connection) {
    const t = this.t.finder;
    if (connection.totalCount === 0) {
      this.setState('empty');
      this.output.replaceChildren(h('p', { class: 'message', role: 'status' }, t.noResults));
      return;
    }
    const pages = Math.ceil(connection.totalCount / this.pageSize);
    const list = h('ol', { class: 'results', start: this.pageIndex * this.pageSize + 1 },
      connection.edges.map(({ node }, i) => this.result(node, this.pageIndex * this.pageSize + i + 1)));
    const nav = h('nav', { 'aria-label': t.results },
      h('button', { type: 'button', class: 'secondary', disabled: this.pageIndex === 0,
        onclick: () => this.search(this.pageIndex - 1) }, t.previous),
      h('span', {}, t.page(this.pageIndex + 1, pages)),
      h('button', { type: 'button', class: 'secondary', disabled: !connection.pageInfo.hasNextPage,
        onclick: () => this.search(this.pageIndex + 1) }, t.next));
    this.output.replaceChildren(h('p', { role: 'status', class: 'count' }, t.count(connection.totalCount)), list,
      ...(pages > 1 ? [nav] : []));
    this.setState('ready');
  }

  result(match, rank) {
    const t = this.t.finder;
    const { person, reasons } = match;
    const english = this.english;
    const names = (items) => items.map((item) => (english && item.nameEn) || item.name).join(', ');
    const reasonItems = [
      ...reasons.topics.map((topic) => h('li', { class: 'reason-topic' }, `${t.reasonTopic}: ${topic.topic.name}`,
        topic.depth > 0 ? ` (${t.via} ${topic.path.map((p) => p.name).join(' › ')})` : '',
        ` – ${t.levels[topic.level] || topic.level}`)),
      reasons.languages.length ? h('li', {}, `${t.reasonLanguages}: ${names(reasons.languages)}`) : null,
      reasons.targetGroups.length ? h('li', {}, `${t.reasonTargetGroups}: ${names(reasons.targetGroups)}`) : null,
      reasons.contactPersonFor.length ? h('li', {}, `${t.contactFor}: ${names(reasons.contactPersonFor)}`) : null,
      reasons.deputyFor.length ? h('li', {}, `${t.deputyFor}: ${names(reasons.deputyFor)}`) : null,
      reasons.networks.length ? h('li', {}, `${t.networks}: ${names(reasons.networks)}`) : null,
    ];
    const contact = [];
    if (person.email) contact.push(h('span', {}, `${t.email}: `, h('a', { href: `mailto:${person.email}`, class: 'email' }, person.email)));
    if (person.phone) contact.push(h('span', {}, `${contact.length ? ' · ' : ''}${t.phone}: `, h('a', { href: `tel:${person.phone.replace(/[^+\d]/g, '')}`, class: 'phone' }, person.phone)));
    return h('li', { class: 'result', 'data-person': person.id, 'data-rank': rank },
      h('header', {},
        h('h3', {}, person.name,
          reasons.internal ? h('span', { class: 'badge' }, t.internal) : null,
          reasons.external ? h('span', { class: 'badge' }, t.external) : null),
        h('span', { class: 'score muted' }, `${t.score} ${Math.round(match.score)}`)),
      person.jobTitle ? h('div', { class: 'muted' }, person.jobTitle) : null,
      h('ul', { class: 'reasons' }, reasonItems),
      h('p', { class: 'contact' }, contact.length ? contact : h('span', { class: 'muted no-contact' }, t.noContact)));
  }
}
