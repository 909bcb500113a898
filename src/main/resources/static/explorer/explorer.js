/*
 * Integrationsnetz GraphQL explorer: GraphiQL 2 with the coordinator's example questions.
 *
 * Loaded by /graphiql after the UMD bundles of React, ReactDOM and GraphiQL, which the
 * application serves from its webjars. Plain ES2017 without a build step: React elements
 * are made with React.createElement.
 *
 * The "Examples" plugin lists the questions. Picking one switches to the tab that still
 * holds that example unchanged, or opens a new tab with it.
 */
(function () {
	'use strict';

	const h = React.createElement;
	const container = document.getElementById('graphiql');
	const graphqlUrl = container.dataset.graphqlUrl;
	const examplesUrl = container.dataset.examplesUrl;

	function ExamplesIcon() {
		return h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
			h('path', { d: 'M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4 4v-4h-.5A1.5 1.5 0 0 1 4 14.5z', strokeLinejoin: 'round' }),
			h('path', { d: 'M10 8.5a2 2 0 1 1 2.8 1.8c-.5.2-.8.7-.8 1.2v.5', strokeLinecap: 'round' }),
			h('circle', { cx: 12, cy: 14, r: 0.4, fill: 'currentColor' }));
	}

	function examplesPlugin(examples, problem) {
		function ExamplesContent() {
			const editor = GraphiQL.React.useEditorContext({ nonNull: true });
			const pending = React.useRef(null);

			// addTab() opens an empty tab; fill it once GraphiQL has switched to it.
			React.useEffect(() => {
				if (pending.current !== null && editor.queryEditor) {
					editor.queryEditor.setValue(pending.current.query);
					editor.setOperationName(pending.current.name);
					pending.current = null;
				}
			}, [editor.tabs.length, editor.activeTabIndex, editor.queryEditor]);

			function open(example) {
				const index = editor.tabs.findIndex((tab) => tab.query === example.query);
				if (index < 0) {
					pending.current = example;
					editor.addTab();
				}
				else if (index !== editor.activeTabIndex) {
					editor.changeTab(index);
					// GraphiQL updates the operation to run only 100 ms after an edit;
					// set it now so that running right away runs this example.
					editor.setOperationName(example.name);
				}
			}

			return h('section', { className: 'explorer-examples' },
				h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
				h('p', { className: 'explorer-examples-hint' },
					'Questions a coordinator asks. Pick one to open its query, then run it with the \u25B6 button or Ctrl+Enter.'),
				problem ? h('p', { className: 'explorer-examples-problem', role: 'alert' }, problem) : null,
				h('ol', { className: 'explorer-examples-list' }, examples.map((example) =>
					h('li', { key: example.name },
						h('button', {
							type: 'button',
							className: 'explorer-example',
							title: 'Open the query ' + example.name,
							'data-example': example.name,
							onClick: () => open(example),
						}, example.question)))));
		}

		return { title: 'Examples', icon: ExamplesIcon, content: ExamplesContent };
	}

	function render(examples, problem) {
		const plugins = [examplesPlugin(examples, problem)];
		const props = {
			fetcher: GraphiQL.createFetcher({ url: graphqlUrl }),
			plugins: plugins,
			visiblePlugin: plugins[0],
			defaultEditorToolsVisibility: false,
			defaultQuery: '# Write a query here; Ctrl+Space completes, Ctrl+Enter runs.\n',
		};
		if (examples.length > 0) {
			// A fresh browser opens one tab per example, the first one in front.
			props.defaultTabs = examples.map((example) => ({ query: example.query }));
		}
		ReactDOM.createRoot(container).render(
			h(GraphiQL, props, h(GraphiQL.Logo, null, 'Integrationsnetz')));
	}

	fetch(examplesUrl, { headers: { Accept: 'application/json' } })
		.then((response) => {
			if (!response.ok) {
				throw new Error('HTTP ' + response.status);
			}
			return response.json();
		})
		.then((examples) => render(examples, null),
			(error) => render([], 'The examples could not be loaded (' + error.message + ').'));
})();
