// Demo and test page helper: takes the configuration file from ?config=… (a path on this site)
// and the language from ?lang=…, and hands them to the widget. Only these two settings are ever
// in the URL, never an answer.
const params = new URLSearchParams(location.search);
const el = document.getElementById('orosguiden');
if (params.get('config')) el.setAttribute('data-config', params.get('config'));
if (params.get('lang')) el.setAttribute('data-lang', params.get('lang'));
await import('./orosguiden.js');
