/**
 * Shared value types of Tsunagu: identifiers, service types, prefectures, regional classes and Japanese
 * date display. No Spring beans and no entities live here; every other module may use these types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package jp.tsunagu.kernel;
