// Haven's tags in Vue's GlobalComponents, for vue-tsc: each attribute, its allowed words and both events, generated
// from the package's custom-elements.json and shipped with it.
import type {} from 'haven-elements/types/vue';
