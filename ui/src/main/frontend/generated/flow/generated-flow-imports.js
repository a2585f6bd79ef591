import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/tabsheet/src/vaadin-tabsheet.js';
import '@vaadin/tabs/src/vaadin-tabs.js';
import '@vaadin/tabs/src/vaadin-tab.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '78f09f1502177bfc3cea49dd066be169e959fdb0c8488ab0e709cd5fc7088f0e') {
    pending.push(import('./chunks/chunk-fa45727c740b6814a48b915efd98464941c3db1527e561f258aab2604330aa79.js'));
  }
  if (key === '673b42596e292001c78c779d801e04a36fcdee62bef03949e29740dbed02e7e5') {
    pending.push(import('./chunks/chunk-fa45727c740b6814a48b915efd98464941c3db1527e561f258aab2604330aa79.js'));
  }
  if (key === 'fc7a053d5c7d41e6677b56922ccaa223aba6b7cfc41ca3f5a543f2b771769c42') {
    pending.push(import('./chunks/chunk-de4f24bd1e3a67f8e9ecc3e0b182fa3a3f85dac9fbb86c525531bf3f1dbe5e0c.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}