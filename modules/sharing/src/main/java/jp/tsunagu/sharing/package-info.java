/**
 * Sharing (共有): consented views across tenants. A person consents, with evidence, to an office of any tenant (a
 * consultation office, another office, a municipality) receiving named categories of their records for a period; the
 * recipient claims the person by certificate number and municipality code and the source office confirms the link;
 * from then on each consented event writes a read-only snapshot into the recipient tenant's inbox through the event
 * mechanism (the recipient's listener runs under the recipient's tenant and never reads the source's rows); revocation
 * or expiry closes the recipient's access at once, what was provided is kept and marked. Every provision is recorded on
 * both sides. A corporation may also publish its offices' monthly aggregates to a municipality, small counts suppressed at the source. Other modules use nothing of it yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
        allowedDependencies = {"kernel", "tenancy", "audit", "modules", "web", "planning :: api", "planning :: events",
                "training :: api", "training :: events", "rules", "rules :: national", "wages :: api", "wages :: events", "workspace :: api",
                "workspace :: events"})
package jp.tsunagu.sharing;
