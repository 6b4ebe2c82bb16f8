// Haven's tags in React's JSX: each attribute, its allowed words and both events, generated from the package's
// custom-elements.json and shipped with it, so they follow every upgrade.
import type {} from 'haven-elements/types/react';
