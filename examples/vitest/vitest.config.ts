// A clinic app's unit tests in jsdom, the usual setup. jsdom has no matchMedia and no layout; Haven renders anyway.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { environment: 'jsdom' },
});
