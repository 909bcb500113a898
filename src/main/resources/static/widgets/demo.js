// The demo page: takes the demo key (dev profile) or asks for one, writes the snippets, then
// loads the widgets.

const TAGS = ['integrationsnetz-expertenfinder', 'integrationsnetz-luecken', 'integrationsnetz-netzwerkkarte'];
const script = new URL('integrationsnetz-widgets.js', import.meta.url).href;

async function demoKey() {
  try {
    const response = await fetch(new URL('demo-config.json', import.meta.url), { cache: 'no-store' });
    return response.ok ? (await response.json()).apiKey : null;
  } catch {
    return null;
  }
}

function snippet(element, key) {
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'api-key' && !attribute.name.startsWith('data-'))
    .map((attribute) => ` ${attribute.name}="${attribute.value}"`)
    .join('');
  return `<script type="module" src="${script}"></script>\n`
    + `<${element.localName} api-key="${key || 'IHR-SCHLÜSSEL'}"${attributes}></${element.localName}>`;
}

function useKey(key) {
  for (const tag of TAGS) {
    const element = document.querySelector(tag);
    document.querySelector(`[data-snippet="${tag}"]`).textContent = snippet(element, key);
    if (key) element.setAttribute('api-key', key);
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.querySelector(`[data-snippet="${button.dataset.copy}"]`).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Kopiert';
    } catch {
      button.textContent = 'Bitte markieren und kopieren';
    }
  });
}

const key = await demoKey();
useKey(key);
if (!key) {
  const form = document.getElementById('key-form');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    useKey(form.elements['api-key'].value.trim());
  });
}
await import(script);
