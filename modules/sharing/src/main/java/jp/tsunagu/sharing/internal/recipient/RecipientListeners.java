package jp.tsunagu.sharing.internal.recipient;

import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.sharing.internal.SharingEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The recipient's listeners of the source's messages, each run by the platform under the recipient's tenant (the
 * message's): an offer, a confirmation and a snapshot after the source's transaction, asynchronously (skipped where the
 * module is off at the recipient office); a revocation synchronously, in a transaction of its own that commits before
 * the source's does (its failure fails the revocation, nothing half done), so that the recipient's next request no
 * longer finds what was shared (and whatever the module's state, since it only ever closes access).
 */
@Component
class RecipientListeners {
    private final InboxService inbox;
    private final ModuleActivations modules;

    RecipientListeners(InboxService inbox, ModuleActivations modules) {
        this.inbox = inbox;
        this.modules = modules;
    }

    @ApplicationModuleListener
    void on(SharingEvents.LinkOffered offered) {
        if (modules.isEnabled(offered.officeId(), "sharing")) {
            inbox.offered(offered);
        }
    }

    @ApplicationModuleListener
    void on(SharingEvents.LinkConfirmed confirmed) {
        if (modules.isEnabled(confirmed.officeId(), "sharing")) {
            inbox.confirmed(confirmed);
        }
    }

    @ApplicationModuleListener
    void on(SharingEvents.SnapshotProvided provided) {
        if (modules.isEnabled(provided.officeId(), "sharing")) {
            inbox.provided(provided);
        }
    }

    @TransactionalEventListener(phase = org.springframework.transaction.event.TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SharingEvents.ConsentRevoked revoked) {
        inbox.revoked(revoked);
    }
}
