/**
 * A binder names the address the reader has it from, not the one the build was configured with:
 * a copy served from another host would otherwise name a host the reader cannot reach.
 */
const built = document.querySelector<HTMLElement>('[data-binder-built]');
if (built) built.textContent = built.dataset.binderBuilt!.replace('{site}', location.host);
