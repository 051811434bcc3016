package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Who is acting is the web layer's to know: controllers, API controllers and interceptors read the signed-in member
 * ({@code CurrentStaff}, {@code SecurityContextHolder}) and pass it to the facades as a {@code Me}; services,
 * facades, jobs and demo loaders take the actor as a parameter. A facade that read the security context would act
 * for nobody when called from a job or the demo data, and its permission checks could not be tested without faking
 * a sign-in. Security plumbing is the exception: the holder itself, the API-token filter, the shell's
 * {@code common.SignedInStaff} (whose member it hands to the menu and card contributors) and the audit trail, which
 * records the request's principal beside its client address.
 */
class ActingStaffConventionTest {

	private static final Pattern READS_CONTEXT = Pattern.compile("\\bCurrentStaff\\.(me|require)\\(|\\bSecurityContextHolder\\.");

	/** Sub-packages that hold only the web layer. */
	private static final Pattern WEB_PACKAGE = Pattern.compile("/(web|console|api|site)/");

	/** Web-layer classes that live beside their module's facades. */
	private static final Pattern WEB_CLASS = Pattern.compile(
			"@(Rest)?Controller\\b|@ControllerAdvice\\b|implements [^{]*HandlerInterceptor|extends OncePerRequestFilter");

	private static final List<String> PLUMBING = List.of("org/gongkai/identity/CurrentStaff.java",
			"org/gongkai/identity/ApiTokenAuthenticationFilter.java", "org/gongkai/audit/AuditTrail.java",
			"org/gongkai/common/SignedInStaff.java");

	@Test
	void onlyTheWebLayerAndSecurityPlumbingReadTheSignedInMember() throws IOException {
		Path root = Path.of("src/main/java");
		try (Stream<Path> files = Files.walk(root)) {
			List<String> offenders = files.filter(path -> path.toString().endsWith(".java"))
				.filter(path -> readsContext(read(path)))
				.map(path -> root.relativize(path).toString().replace('\\', '/'))
				.filter(path -> !PLUMBING.contains(path))
				.filter(path -> !WEB_PACKAGE.matcher(path).find())
				.filter(path -> !WEB_CLASS.matcher(read(root.resolve(path))).find())
				.sorted()
				.toList();
			assertThat(offenders).as("classes outside the web layer that read the security context").isEmpty();
		}
	}

	@Test
	void theScanRecognisesAReadOutsideTheWebLayer() {
		assertThat(readsContext("Me me = CurrentStaff.require();")).isTrue();
		assertThat(readsContext("SecurityContextHolder.getContext()")).isTrue();
		assertThat(readsContext("handling.view(me, id);")).isFalse();
		assertThat(WEB_CLASS.matcher("@Service\npublic class CaseHandling {").find()).isFalse();
	}

	private static boolean readsContext(String source) {
		return READS_CONTEXT.matcher(source).find();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
