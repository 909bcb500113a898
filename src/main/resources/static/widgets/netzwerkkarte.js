// <integrationsnetz-netzwerkkarte network="…">: a map of a network, or of the whole graph —
// institutions (and, for signed-in staff, persons) in distinct colours and shapes, with the
// key points and bridges of the network analysis highlighted. Drawn with Cytoscape.js, which
// the application serves from its webjar.

import { h, IntegrationsnetzElement } from './base.js';

const STYLE = `
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(12rem, 16rem); gap: .8em; }
  @media (max-width: 40rem) { .layout { grid-template-columns: 1fr; } }
  .map {
    position: relative;
    height: var(--integrationsnetz-map-height, 28rem);
    border: 1px solid var(--integrationsnetz-color-border, #c9ced6);
    border-radius: calc(var(--integrationsnetz-radius, 8px) / 2);
    background: var(--integrationsnetz-map-background, #fbfcfd);
  }
  .toolbar { display: flex; gap: .4em; margin: .4em 0; flex-wrap: wrap; align-items: center; }
  .toolbar button { padding: .15em .7em; }
  .legend ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .25em; font-size: .92em; }
  .swatch {
    display: inline-block; width: 1em; height: 1em; margin-right: .45em; vertical-align: -.15em;
    border: 1px solid rgba(0, 0, 0, .35);
  }
  .swatch.line { height: .3em; vertical-align: .2em; border: 0; }
  .swatch.dashed { background: repeating-linear-gradient(90deg, #8c959f 0 4px, transparent 4px 7px) !important; }
  .swatch.ring { background: transparent !important; border: 3px solid var(--integrationsnetz-color-highlight, #d55e00); border-radius: 50%; }
  .side h3 { margin-top: .8em; }
  .details dl { margin: .3em 0; display: grid; grid-template-columns: auto 1fr; gap: .15em .6em; font-size: .92em; }
  .details dt { font-weight: 600; }
  .details dd { margin: 0; overflow-wrap: anywhere; }
  details.nodes { margin-top: .6em; }
  details.nodes ul { max-height: 14rem; overflow: auto; margin: .3em 0 0; padding: 0; list-style: none; }
  details.nodes button { background: none; border: 0; color: var(--integrationsnetz-color-accent, #0b5394); padding: .1em 0; text-align: left; text-decoration: underline; }
`;

const TYPES = ['DEPARTMENT', 'ORGANISATION', 'NETWORK', 'WORKING_GROUP', 'PERSON'];

/** Colours (Okabe–Ito, distinguishable with colour blindness) and shapes per node type. */
const LOOK = {
  DEPARTMENT: { property: '--integrationsnetz-color-department', colour: '#0072b2', shape: 'round-rectangle' },
  ORGANISATION: { property: '--integrationsnetz-color-organisation', colour: '#e69f00', shape: 'ellipse' },
  NETWORK: { property: '--integrationsnetz-color-network', colour: '#009e73', shape: 'hexagon' },
  WORKING_GROUP: { property: '--integrationsnetz-color-working-group', colour: '#cc79a7', shape: 'diamond' },
  PERSON: { property: '--integrationsnetz-color-person', colour: '#56b4e9', shape: 'ellipse' },
};

let cytoscapeModule;

/** Cytoscape.js, loaded once and only when a map is shown. */
function cytoscape() {
  cytoscapeModule ??= import(new URL('./lib/cytoscape.mjs', import.meta.url).href).then((module) => module.default);
  return cytoscapeModule;
}

export class Netzwerkkarte extends IntegrationsnetzElement {
  static get observedAttributes() {
    return [...super.observedAttributes, 'network'];
  }

  /** How many nodes the map draws (also the host's `data-node-count`). */
  get nodeCount() {
    return this.cy ? this.cy.nodes().length : 0;
  }

  /** How many edges the map draws (also the host's `data-edge-count`). */
  get edgeCount() {
    return this.cy ? this.cy.edges().length : 0;
  }

  /** Where a node is drawn, in CSS pixels from the map's top left corner (for tests). */
  renderedPositionOf(id) {
    const node = this.cy && this.cy.getElementById(id);
    return node && node.length ? { ...node.renderedPosition() } : null;
  }

  disconnectedCallback() {
    this.destroyMap();
  }

  destroyMap() {
    if (this.cy) {
      this.cy.destroy();
      this.cy = null;
    }
  }

  colour(type) {
    const look = LOOK[type];
    return getComputedStyle(this).getPropertyValue(look.property).trim() || look.colour;
  }

  async load() {
    const generation = ++this.generation;
    const t = this.t.map;
    const network = this.getAttribute('network') || null;
    this.destroyMap();
    this.setState('loading');
    delete this.dataset.nodeCount;
    delete this.dataset.edgeCount;
    const title = h('h2', {}, t.title);
    const body = h('div', {}, this.loadingMessage());
    this.render(STYLE, title, body);
    let analysis;
    let cy;
    try {
      [analysis, cy] = await Promise.all([this.analysis(network), cytoscape()]);
    } catch (error) {
      if (generation !== this.generation) return;
      if (error.code === 'NOT_FOUND') {
        this.setState('empty', 'input');
        body.replaceChildren(h('p', { class: 'message', role: 'alert', 'data-error': 'input' }, t.unknownNetwork));
      } else {
        body.replaceChildren(this.errorMessage(error, () => this.load()));
      }
      return;
    }
    if (generation !== this.generation) return;
    const graph = analysis.graph;
    const nodes = [...graph.nodes, ...(graph.personNodes || [])];
    if (nodes.length === 0) {
      this.setState('empty');
      body.replaceChildren(h('p', { class: 'message', role: 'status' }, t.empty));
      return;
    }
    const networkNode = network && nodes.find((node) => node.id === network);
    title.textContent = `${t.title}: ${networkNode ? networkNode.name : t.whole}`;
    this.draw(cy, analysis, nodes, body);
  }

  /**
   * The analysis with the graph: with a signed-in user's token including persons (if the
   * role may see them), with a widget key institutions only — no person is asked for.
   */
  async analysis(network) {
    const variables = network ? { scope: 'NETWORK', network } : { scope: 'WHOLE', network: null };
    if (this.access.token) {
      try {
        return (await this.query('netzwerkkarte-personen', variables)).analysis;
      } catch (error) {
        if (error.kind !== 'forbidden') throw error;
      }
    }
    return (await this.query('netzwerkkarte', variables)).analysis;
  }

  draw(cytoscape, analysis, nodes, body) {
    const t = this.t.map;
    const graph = analysis.graph;
    const keyPoints = new Set([...analysis.articulationPoints, ...(analysis.personArticulationPoints || [])]
      .map((node) => node.id));
    const key = (tie) => `${tie.from.id}|${tie.to.id}`;
    const bridges = new Set([...analysis.bridges, ...(analysis.personBridges || [])].map(key));
    const edge = (tie, kind) => ({
      data: { id: `${kind}:${key(tie)}`, source: tie.from.id, target: tie.to.id, kinds: tie.kinds.join(' ') },
      classes: [kind, bridges.has(key(tie)) ? 'bridge' : ''].join(' ').trim(),
    });
    const elements = [
      ...nodes.map((node) => ({
        data: { id: node.id, label: node.name, type: node.type },
        classes: [node.type, keyPoints.has(node.id) ? 'key-point' : ''].join(' ').trim(),
      })),
      ...graph.ties.map((tie) => edge(tie, 'tie')),
      ...(graph.personTies || []).map((tie) => edge(tie, 'tie')),
      ...(graph.sharedPersonTies || []).map((tie) => edge(tie, 'shared')),
    ];

    const container = h('div', { class: 'map', tabindex: '0', role: 'application',
      'aria-roledescription': t.title, 'aria-label': t.label });
    const details = h('section', { class: 'details', 'aria-live': 'polite', 'aria-labelledby': 'inetz-details-title' },
      h('h3', { id: 'inetz-details-title' }, t.details), h('p', { class: 'muted' }, t.pick));
    const present = TYPES.filter((type) => nodes.some((node) => node.type === type));
    const legend = h('section', { class: 'legend', 'aria-labelledby': 'inetz-legend-title' },
      h('h3', { id: 'inetz-legend-title' }, t.legend),
      h('ul', {},
        present.map((type) => h('li', { 'data-type': type },
          h('span', { class: 'swatch', style: `background:${this.colour(type)}`, 'aria-hidden': 'true' }), t.types[type])),
        keyPoints.size ? h('li', {}, h('span', { class: 'swatch ring', 'aria-hidden': 'true' }), t.articulation) : null,
        bridges.size ? h('li', {}, h('span', { class: 'swatch line', style: 'background:var(--integrationsnetz-color-highlight, #d55e00)', 'aria-hidden': 'true' }), t.bridge) : null,
        graph.sharedPersonTies && graph.sharedPersonTies.length
          ? h('li', {}, h('span', { class: 'swatch line dashed', 'aria-hidden': 'true' }), t.shared) : null));
    const sorted = [...nodes].sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const list = h('details', { class: 'nodes' }, h('summary', {}, t.list(nodes.length)),
      h('ul', {}, sorted.map((node) => h('li', {}, h('button', { type: 'button', 'data-node': node.id,
        onclick: () => this.select(node.id, true) }, `${node.name} (${t.types[node.type]})`)))));
    const summary = h('p', { class: 'muted summary', role: 'status' });
    const toolbar = h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary', 'aria-label': t.zoomIn, title: t.zoomIn, onclick: () => this.zoom(1.25) }, '+'),
      h('button', { type: 'button', class: 'secondary', 'aria-label': t.zoomOut, title: t.zoomOut, onclick: () => this.zoom(0.8) }, '−'),
      h('button', { type: 'button', class: 'secondary', onclick: () => this.cy && this.cy.fit(undefined, 24) }, t.fit),
      summary);
    this.detailsPanel = details;
    body.replaceChildren(h('div', { class: 'layout' },
      h('div', {}, container, toolbar),
      h('div', { class: 'side' }, legend, details, list)));

    const accent = getComputedStyle(this).getPropertyValue('--integrationsnetz-color-highlight').trim() || '#d55e00';
    const text = getComputedStyle(this).getPropertyValue('--integrationsnetz-color-text').trim() || '#1f2328';
    this.cy = cytoscape({
      container,
      elements,
      wheelSensitivity: 0.3,
      layout: { name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, padding: 24 },
      style: [
        { selector: 'node', style: {
          label: 'data(label)', 'font-size': 10, color: text, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'ellipsis', 'text-max-width': 110, width: 22, height: 22,
          'border-width': 1, 'border-color': '#ffffff', 'text-background-color': '#ffffff', 'text-background-opacity': 0.7,
        } },
        ...TYPES.map((type) => ({ selector: `node.${type}`, style: {
          'background-color': this.colour(type), shape: LOOK[type].shape,
          ...(type === 'PERSON' ? { width: 14, height: 14 } : {}),
          ...(type === 'NETWORK' ? { width: 30, height: 30 } : {}),
        } })),
        { selector: 'node.key-point', style: { 'border-width': 4, 'border-color': accent } },
        { selector: 'node:selected', style: { 'overlay-color': accent, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#8c959f', 'curve-style': 'bezier' } },
        { selector: 'edge.shared', style: { 'line-style': 'dashed', 'line-color': '#afb8c1' } },
        { selector: 'edge.bridge', style: { width: 4, 'line-color': accent } },
      ],
    });
    // a click on the container, not Cytoscape's 'tap': Cytoscape pairs mousedown and mouseup
    // through window, where the shadow DOM hides which element the mouse was over
    container.addEventListener('click', (event) => {
      const box = container.getBoundingClientRect();
      const id = this.nodeAt(event.clientX - box.left, event.clientY - box.top);
      if (id) this.select(id, false);
    });
    container.addEventListener('keydown', (event) => this.key(event));
    this.order = sorted.map((node) => node.id);
    this.dataset.nodeCount = String(this.nodeCount);
    this.dataset.edgeCount = String(this.edgeCount);
    summary.textContent = t.summary(this.nodeCount, this.edgeCount);
    this.setState('ready');
  }

  /** The node drawn at a point of the map (CSS pixels from its top left corner), if any. */
  nodeAt(x, y) {
    const hit = this.cy.nodes().filter((node) => {
      const box = node.renderedBoundingBox({ includeLabels: false });
      return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
    });
    return hit.length ? hit[hit.length - 1].id() : null;
  }

  zoom(factor) {
    if (!this.cy) return;
    const { width, height } = this.cy.container().getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  /** Keys on the focused map: arrows pan, + and − zoom, N and P pick a node, Enter shows it. */
  key(event) {
    if (!this.cy) return;
    const step = 40;
    const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[event.key]) {
      this.cy.panBy({ x: moves[event.key][0], y: moves[event.key][1] });
    } else if (event.key === '+' || event.key === '=') {
      this.zoom(1.25);
    } else if (event.key === '-') {
      this.zoom(0.8);
    } else if (event.key === 'n' || event.key === 'p') {
      const at = this.order.indexOf(this.selected);
      const next = event.key === 'n' ? at + 1 : (at <= 0 ? this.order.length - 1 : at - 1);
      this.select(this.order[next % this.order.length], false, false);
    } else if (event.key === 'Enter' && this.selected) {
      this.showDetails(this.selected);
    } else {
      return;
    }
    event.preventDefault();
  }

  /** Selects a node, centres it if asked, and shows its details (unless only browsing). */
  select(id, centre, details = true) {
    if (!this.cy) return;
    this.selected = id;
    const node = this.cy.getElementById(id);
    this.cy.$(':selected').unselect();
    node.select();
    if (centre) this.cy.center(node);
    if (details) {
      this.showDetails(id);
    } else {
      this.detailsPanel.replaceChildren(h('h3', { id: 'inetz-details-title' }, this.t.map.details),
        h('p', {}, `${node.data('label')} (${this.t.map.types[node.data('type')]})`));
    }
  }

  async showDetails(id) {
    const t = this.t.map;
    const panel = this.detailsPanel;
    panel.dataset.node = id;
    panel.replaceChildren(h('h3', { id: 'inetz-details-title' }, t.details), this.loadingMessage());
    try {
      const { node } = await this.query('knotendetails', { id });
      if (panel.dataset.node !== id) return;
      if (!node) {
        panel.replaceChildren(h('h3', { id: 'inetz-details-title' }, t.details), h('p', {}, this.t.errors.error));
        return;
      }
      const f = t.fields;
      const rows = [
        [f.kind, t.values[node.organisationKind || node.networkKind]],
        [f.shortName, node.shortName],
        [f.parent, node.parent && node.parent.name],
        [f.network, node.network && node.network.name],
        [f.status, t.values[node.status]],
        [f.foundedYear, node.foundedYear],
        [f.contactPerson, node.contactPerson && node.contactPerson.name],
        [f.jobTitle, node.jobTitle],
        [f.email, node.email && h('a', { href: `mailto:${node.email}` }, node.email)],
        [f.phone, node.phone],
        [f.website, node.website && h('a', { href: node.website, rel: 'noopener' }, node.website)],
      ].filter(([, value]) => value !== null && value !== undefined && value !== '');
      panel.replaceChildren(...[
        h('h3', { id: 'inetz-details-title' }, node.name),
        h('p', { class: 'muted', style: 'margin:0' }, t.types[this.cy.getElementById(id).data('type')] || node.__typename),
        node.description ? h('p', {}, node.description) : null,
        rows.length ? h('dl', {}, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])) : null,
      ].filter(Boolean));
    } catch (error) {
      if (panel.dataset.node === id) {
        panel.replaceChildren(h('h3', { id: 'inetz-details-title' }, t.details), this.errorMessage(error));
        this.setState('ready');
      }
    }
  }
}
