package org.providerdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A class's package must have a package-info.java that says what lives there and what it may use. */
final class PackageInfoCondition {

    static final ArchCondition<JavaClass> HAVE_PACKAGE_INFO = new ArchCondition<>("live in a documented package") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            String packageInfo = item.getPackageName().replace('.', '/') + "/package-info.class";
            if (PackageInfoCondition.class.getClassLoader().getResource(packageInfo) == null) {
                events.add(SimpleConditionEvent.violated(item, item.getPackageName() + " has no package-info.java"));
            }
        }
    };

    private PackageInfoCondition() {
    }
}
