package jp.tsunagu.kernel;

/** What kind of organisation a tenant is: a corporation (法人) or a municipality (市町村). */
public enum TenantKind {
    CORPORATION,
    MUNICIPALITY
}
