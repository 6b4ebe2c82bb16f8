// The clinic's own listener, uploaded next to haven.min.js and loaded from the same Custom HTML block. It is an
// external file because a strict Content-Security-Policy blocks inline scripts. It shows, in the page, the tier
// the checklist reports in haven-triage-change; a clinic could instead show its same-day booking link for "today".
// Which signs a patient checked is health information: never send it anywhere without telling patients first.
document.addEventListener('haven-triage-change', (event) => {
  const words = {
    emergency: 'Emergency',
    crisis: 'Urgent',
    now: 'Get care now',
    today: 'Call today',
    'follow-up': 'Not urgent',
    expected: 'Common',
  };
  const out = document.getElementById('host-tier');
  if (out) out.textContent = event.detail.tier ? words[event.detail.tier] : 'nothing checked';
});
