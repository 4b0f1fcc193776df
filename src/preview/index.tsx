// The preview page: no Office, the workbook stays in the browser.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './components/PreviewApp';

const el = document.getElementById('container');
if (el) createRoot(el).render(<PreviewApp exampleUrl="example.xlsx" />);
