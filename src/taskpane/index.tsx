// Task pane entry: once Office is ready, render the pane with actions bound to this workbook.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { officeHost } from '../excel/host';
import { actionsFor } from './actions';
import { App } from './components/App';

Office.onReady(() => {
  const el = document.getElementById('container');
  if (el) createRoot(el).render(<App actions={actionsFor(officeHost())} />);
});
