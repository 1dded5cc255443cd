package org.etrkit.kernel;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;

/**
 * Makes the kernel report its language version as the Java feature release ({@code 17}) instead of the
 * full runtime version ({@code 17.0.15+6-Debian-1deb12u1}).
 *
 * <p>Why: JupyterLab writes the kernel's {@code language_info} into a notebook's metadata when the kernel
 * connects, and marks the notebook modified when it differs from what the file holds. With the full
 * runtime version every committed notebook opened on a machine with another JDK update was modified
 * the moment it opened, with no edit. The feature release is the same on every JDK 17.
 *
 * <p>JJava builds the value once, in a private field of its kernel, and offers no setter; this replaces
 * that field's value. If a JJava version keeps it elsewhere, nothing changes and the kernel reports
 * what it always did.
 */
final class LanguageVersion {

    private LanguageVersion() {
    }

    /** Replaces the kernel's language info with one whose version is the feature release; true if done. */
    static boolean useFeatureRelease(BaseKernel kernel) {
        String feature = String.valueOf(Runtime.version().feature());
        for (Class<?> c = kernel.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() != LanguageInfo.class || Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    LanguageInfo old = (LanguageInfo) f.get(kernel);
                    if (old == null || feature.equals(old.getVersion())) {
                        return old != null;
                    }
                    f.set(kernel, new LanguageInfo(old.getName(), feature, old.getMimetype(), old.getFileExtension(),
                            old.getPygmentsLexer(), old.getCodemirrorMode(), old.getNbconvertExporter()));
                    return feature.equals(kernel.getLanguageInfo().getVersion());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
