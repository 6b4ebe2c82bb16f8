/** The example clinic. */
export const clinic = { name: 'All About Women', phone: '(703) 437-0001', region: 'US' };

/** Its settings as Haven's attributes, for the server renderer (./haven.tsx). */
export const clinicAttributes = { 'clinic-name': clinic.name, 'clinic-phone': clinic.phone, region: clinic.region };
