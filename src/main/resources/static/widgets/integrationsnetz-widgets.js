// The Integrationsnetz widgets. One line on any page loads all three:
//   <script type="module" src="https://integrationsnetz.example/widgets/integrationsnetz-widgets.js"></script>
// then use <integrationsnetz-expertenfinder>, <integrationsnetz-luecken> or
// <integrationsnetz-netzwerkkarte network="…">. No framework, no build step.

import { Expertenfinder } from './expertenfinder.js';
import { Luecken } from './luecken.js';
import { Netzwerkkarte } from './netzwerkkarte.js';

const elements = {
  'integrationsnetz-expertenfinder': Expertenfinder,
  'integrationsnetz-luecken': Luecken,
  'integrationsnetz-netzwerkkarte': Netzwerkkarte,
};

for (const [name, element] of Object.entries(elements)) {
  if (!customElements.get(name)) {
    customElements.define(name, element);
  }
}

export { Expertenfinder, Luecken, Netzwerkkarte };
