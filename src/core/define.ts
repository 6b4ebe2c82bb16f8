/**
 * Registers a custom element once. A page may load the drop-in script twice, or two teams may each include a
 * different build: the first definition wins, a second copy of the same version stays silent, and a different
 * version earns one console.warn so the clinic can tidy its page. Nothing throws.
 */

export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

export function defineElement(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version) {
      console.warn(
        `[haven] <${tag}> is already defined by Haven ${existing.version ?? '(unknown version)'}; ` +
          `this copy (${ctor.version ?? 'unknown version'}) was not registered. Load one Haven script per page.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another script may have claimed the name between the check and the call; never break the host page.
    console.warn(`[haven] could not register <${tag}>:`, error);
  }
}
