/**
 * Actions and change requests: providers raise contract queries, variations and payment queries about a client or
 * a line item, both sides reply (each reply assigning a council team), council staff close them (deciding
 * variations); the home page's green, amber or red summary; the change sources of actions and their comments.
 *
 * <p>May use {@code server.web}, {@code server.db}, {@code server.sync}, {@code api} and {@code domain}; other
 * features hear of approved variations through {@link org.providerdesk.server.actions.VariationApprovals} rather
 * than this package knowing them. Titles, texts and client names are personal data: never logged or audited.
 */
package org.providerdesk.server.actions;
