// Where the app serves Haven's files: copied from the package into public/haven/ before each build
// (../copy-haven.mjs, the package.json's predev and prebuild), so they are the installed version's.
export const HAVEN_CSS = '/haven/haven.css';
export const HAVEN_HYDRATE = '/haven/haven-hydrate.min.js';
