// What the three widgets share: attributes for endpoint, key, token and language, a shadow
// root with themable styles, a safe element builder, and messages for every failure.

import { run, WidgetError } from './api.js';
import { texts } from './texts.js';

/** The application that serves this module: the default endpoint. */
const APPLICATION = new URL('..', import.meta.url).href.replace(/\/$/, '');

/**
 * Builds an element: h('a', { href, class: 'x' }, 'text', child…). Text is always set as
 * text, never as HTML, so names from the graph cannot inject markup.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Styles every widget shares; each custom property has a default. */
export const BASE_STYLE = `
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--integrationsnetz-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
    font-size: var(--integrationsnetz-font-size, 1rem);
    line-height: 1.45;
    color: var(--integrationsnetz-color-text, #1f2328);
    background: var(--integrationsnetz-color-background, #ffffff);
    border: 1px solid var(--integrationsnetz-color-border, #c9ced6);
    border-radius: var(--integrationsnetz-radius, 8px);
    padding: var(--integrationsnetz-spacing, 1rem);
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
  h2 { font-size: 1.2em; margin: 0 0 .75em; }
  h3 { font-size: 1em; margin: 0 0 .25em; }
  a { color: var(--integrationsnetz-color-accent, #0b5394); }
  button, input, select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    background: var(--integrationsnetz-color-accent, #0b5394);
    color: var(--integrationsnetz-color-on-accent, #ffffff);
    border: 1px solid var(--integrationsnetz-color-accent, #0b5394);
    border-radius: calc(var(--integrationsnetz-radius, 8px) / 2);
    padding: .35em .9em;
  }
  button.secondary {
    background: transparent;
    color: var(--integrationsnetz-color-accent, #0b5394);
  }
  button:disabled { opacity: .55; cursor: default; }
  input, select {
    background: var(--integrationsnetz-color-background, #ffffff);
    border: 1px solid var(--integrationsnetz-color-border-strong, #6e7781);
    border-radius: calc(var(--integrationsnetz-radius, 8px) / 2);
    padding: .3em .5em;
    min-width: 0;
  }
  :focus-visible {
    outline: 3px solid var(--integrationsnetz-color-focus, #d4a017);
    outline-offset: 2px;
  }
  .muted { color: var(--integrationsnetz-color-muted, #57606a); }
  .message {
    border-left: 4px solid var(--integrationsnetz-color-accent, #0b5394);
    background: var(--integrationsnetz-color-surface, #f3f6fa);
    padding: .6em .8em;
    margin: .5em 0;
  }
  .message.error {
    border-left-color: var(--integrationsnetz-color-error, #b42318);
    background: var(--integrationsnetz-color-error-surface, #fdf0ef);
  }
  .message button { margin-top: .5em; }
  ul.plain { list-style: none; margin: 0; padding: 0; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;

/**
 * The base of the three widgets. Attributes: `endpoint` (the application's address,
 * default: where this script comes from), `api-key` (sent as X-API-Key), `token` (a signed-in
 * user's bearer token, sent instead of the key), `lang` (`en` for English, German
 * otherwise). The host's `data-state` is `loading`, `ready`, `empty` or `error` (then
 * `data-error` names the kind), for pages and tests that wait for the widget.
 */
export class IntegrationsnetzElement extends HTMLElement {
  static get observedAttributes() {
    return ['endpoint', 'api-key', 'token', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.generation = 0;
  }

  connectedCallback() {
    this.scheduleLoad();
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this.isConnected) {
      this.scheduleLoad();
    }
  }

  /** Loads once per task, however many attributes changed in it. */
  scheduleLoad() {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (this.isConnected) this.load();
    });
  }

  get t() {
    return texts(this.getAttribute('lang'));
  }

  get english() {
    return (this.getAttribute('lang') || '').toLowerCase().startsWith('en');
  }

  get access() {
    return {
      endpoint: (this.getAttribute('endpoint') || APPLICATION).replace(/\/$/, ''),
      apiKey: this.getAttribute('api-key') || undefined,
      token: this.getAttribute('token') || undefined,
    };
  }

  /** Runs a trusted document with this widget's access. */
  query(name, variables) {
    return run(this.access, name, variables);
  }

  /** Replaces the shadow root's content with the widget's style and the given nodes. */
  render(style, ...nodes) {
    this.shadowRoot.replaceChildren(h('style', {}, BASE_STYLE + style), ...nodes);
  }

  setState(state, error) {
    this.dataset.state = state;
    if (error) this.dataset.error = error;
    else delete this.dataset.error;
  }

  /** A status line for screen readers and eyes while something loads. */
  loadingMessage() {
    return h('p', { class: 'muted', role: 'status' }, this.t.loading);
  }

  /**
   * The message for a failure: a German (or English) sentence, never a blank box or a raw
   * error, with a button to try again where that can help.
   */
  errorMessage(error, retry) {
    const kind = error instanceof WidgetError ? error.kind : 'error';
    if (!(error instanceof WidgetError)) {
      console.error('Integrationsnetz widget:', error);
    }
    this.setState('error', kind);
    const text = this.t.errors[kind] || this.t.errors.error;
    const canRetry = retry && (kind === 'down' || kind === 'rate' || kind === 'error');
    return h('div', { class: 'message error', role: 'alert', 'data-error': kind },
      h('p', { style: 'margin:0' }, text),
      canRetry ? h('button', { type: 'button', class: 'secondary', onclick: retry }, this.t.retry) : null);
  }
}
