package org.providerdesk.ui.shell;

/**
 * A page that opens the "New action" form already filled in, for other pages to ask it through
 * {@link Navigator#find}: the Non-payable tab's "Request a variation" and a line item's "Submit action".
 */
public interface NewActionForms {

    /** Shows the actions page with the new action form filled in from the draft; the user completes and creates it. */
    void openNewAction(NewActionDraft draft);
}
