import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../../clinic.css';

export const metadata: Metadata = { title: 'Haven in a Next.js app' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
