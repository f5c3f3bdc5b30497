/**
 * 作業・出欠: user groups, work areas (作業場所) and work contents (作業内容) of an office with the time slots
 * each group holds them, and the separation a multi-function office must keep between employed A型,
 * non-employed A型 and B型 users (WS-5). Other modules use only {@code api} and {@code events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace",
        allowedDependencies = {"kernel", "tenancy", "audit", "rules", "rules :: national", "modules", "web", "planning :: api"})
package jp.tsunagu.workspace;
