/** The example clinic. */
export const clinic = { name: 'All About Women', phone: '(703) 437-0001', region: 'US' };
