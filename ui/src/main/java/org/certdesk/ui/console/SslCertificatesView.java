package org.certdesk.ui.console;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.acme.AcmeRenewalInformation;
import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.overview.ShowOverview;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/** The customer's "SSL Certificates" page with the seed's three tabs. */
@Route(value = "certificates")
@RolesAllowed("CUSTOMER")
public class SslCertificatesView extends VerticalLayout implements HasDynamicTitle {

    private static final String PREBUILD_EVENT = "certdesk-prebuild-manage";

    final TabSheet tabs = new TabSheet();
    final WhileShown<OverviewTab> overview;
    final ManageCertificatesTab manage;
    final WhileShown<UploadedCertificatesTab> uploaded;
    private final Tab manageTab;

    public SslCertificatesView(CurrentUser currentUser, ListCertificates listCertificates, ShowOverview showOverview,
                               BuyCertificates buyCertificates, CertificateWorkflows workflows,
                               UploadedCertificateUseCases uploadedCertificates, AcmeRenewalInformation acmeRenewals) {
        addClassName("ssl-certificates-view");
        setSizeFull();
        Actor actor = currentUser.actor();
        CertificateActions actions = workflows.bind(actor, this::refresh, this::moved);
        // Only the shown tab's components live on the server (WhileShown): the overview is counted again on each visit.
        overview = new WhileShown<>(() -> new OverviewTab(showOverview, actor, this::showStatus));
        manage = new ManageCertificatesTab(listCertificates, id -> acmeRenewals.window(actor, id), actor, actions,
                () -> new BuyCertificatesDialog(buyCertificates, actor, ids -> afterPurchase(ids.size())).open());

        tabs.setSizeFull();
        Tab overviewTab = tabs.add(getTranslation("certificates.tab.overview"), overview);
        manageTab = tabs.add(getTranslation("certificates.tab.manage"), manage);
        uploaded = new WhileShown<>(() -> new UploadedCertificatesTab(uploadedCertificates, actor));
        Tab uploadedTab = tabs.add(getTranslation("certificates.tab.uploaded"), uploaded);
        tabs.addSelectedChangeListener(change -> {
            overview.shown(change.getSelectedTab() == overviewTab);
            uploaded.shown(change.getSelectedTab() == uploadedTab);
        });
        add(new H2(getTranslation("certificates.title")), tabs);
        prebuildManageTabWhenIdle();
    }

    /**
     * Sends the Manage Certificates tab's content, hidden, once the browser is idle after showing
     * the landing tab, so opening that tab only shows it. Its first opening cost about 480 ms, nearly
     * all of it the browser creating the tab's components; showing it once created costs a fraction
     * (docs/benchmarks.md, issue 15). The tab's server-side components exist anyway (it is not
     * {@link WhileShown}); what this adds to a session that never opens the tab is their attached
     * state and the grid's first page, one query per landing.
     */
    private void prebuildManageTabWhenIdle() {
        getElement().addEventListener(PREBUILD_EVENT, idle -> {
            // The tab sheet attaches a tab's content as its child when the tab is first selected, and
            // leaves content it finds attached as it is; until then the web component keeps it hidden.
            if (manage.getParent().isEmpty()) {
                tabs.getElement().appendChild(manage.getElement());
            }
        });
        addAttachListener(attached -> getElement().executeJs(
                "(window.requestIdleCallback || (callback => setTimeout(callback, 200)))"
                        + "(() => this.dispatchEvent(new CustomEvent($0)), { timeout: 2000 })", PREBUILD_EVENT));
    }

    /** After buying, show what still needs an application, as the seed's console does. */
    private void afterPurchase(int bought) {
        Errors.success(getTranslation("buy.done", bought));
        showStatus(CertificateStatus.PENDING_APPLICATION);
        refresh();
    }

    private void showStatus(CertificateStatus status) {
        manage.statusFilter.setValue(status);
        tabs.setSelectedTab(manageTab);
    }

    /** A panel changed a certificate's status: the grid keeps its row in sight, the overview recounts. */
    private void moved(CertificateId id, CertificateStatus status) {
        manage.keepInView(id, status);
        overview.content().ifPresent(OverviewTab::refresh);
    }

    private void refresh() {
        manage.refresh();
        overview.content().ifPresent(OverviewTab::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " · CertDesk";
    }
}
