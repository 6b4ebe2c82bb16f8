// The React 19 example's entry: registers Haven's three tags once, then renders the clinic page.
import 'haven-elements/define.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../clinic.css';
import { ClinicPage } from './ClinicPage.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClinicPage clinic={{ name: 'All About Women', phone: '(703) 437-0001', region: 'US' }} />
  </StrictMode>,
);
