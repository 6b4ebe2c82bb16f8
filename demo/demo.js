// Demo only: switches the language and country of the Haven elements marked data-demo, so every combination can be
// seen on one page. A clinic sets these once, as attributes (lang="es" region="GB"); it never needs a script.
// The choice lives in the address (?lang=es&region=GB) so a view can be shared; nothing is stored.
const form = document.getElementById('demo-switcher');
const langSelect = document.getElementById('demo-lang');
const regionSelect = document.getElementById('demo-region');
const status = document.getElementById('demo-status');

function apply(lang, region, announce) {
  for (const el of document.querySelectorAll('[data-demo]')) {
    el.setAttribute('lang', lang);
    el.setAttribute('region', region);
  }
  if (announce) {
    status.textContent = `Showing ${langSelect.selectedOptions[0].textContent.split(' (')[0]}, ${
      regionSelect.selectedOptions[0].textContent.split(' (')[0]
    }.`;
  }
}

function choose(select, value) {
  if ([...select.options].some((option) => option.value === value)) select.value = value;
}

const params = new URLSearchParams(location.search);
choose(langSelect, params.get('lang') ?? 'en');
choose(regionSelect, (params.get('region') ?? 'US').toUpperCase());
apply(langSelect.value, regionSelect.value, false);

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', () => {
  apply(langSelect.value, regionSelect.value, true);
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  url.searchParams.set('region', regionSelect.value);
  history.replaceState(null, '', url);
});
