// The Salama core as an Android library (AAR):
//   - the Rust library for each ABI, built by cargo-ndk with the `release-mobile` profile
//     and checked for 16 KB page alignment;
//   - the Kotlin bindings, generated at build time by the workspace's own uniffi-bindgen
//     from the very library that goes into the AAR, so they always match;
//   - the Kotlin layer: src/main/kotlin (plain JVM, also tested on the host by
//     host-test.sh) and src/android/kotlin (Keystore, Context helpers).
// Needs: the Android SDK with NDK r28+, Rust with the three Android targets, cargo-ndk.
import javax.inject.Inject
import org.gradle.process.ExecOperations
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    id("com.android.library") version "8.13.0"
    id("org.jetbrains.kotlin.android") version "2.4.20"
    `maven-publish`
}

group = "org.salama"
version = "0.1.0"

/** The Cargo workspace this module lives in. */
val workspaceDir: File = projectDir.parentFile

/** Cargo profile of the library in the AAR; `-Psalama.rustProfile=dev` for quick debug builds. */
val rustProfile: String = (findProperty("salama.rustProfile") as String?) ?: "release-mobile"

/** Android ABI to Rust target. */
val rustTargets: Map<String, String> = linkedMapOf(
    "arm64-v8a" to "aarch64-linux-android",
    "armeabi-v7a" to "armv7-linux-androideabi",
    "x86_64" to "x86_64-linux-android",
)

val minSdkVersion = 24

android {
    namespace = "org.salama.core"
    compileSdk = 36
    // r28+: links 16 KB page-aligned libraries by default (Android 15+ devices).
    ndkVersion = "28.2.13676358"

    defaultConfig {
        minSdk = minSdkVersion
        consumerProguardFiles("consumer-rules.pro")
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    sourceSets["main"].kotlin.srcDirs("src/main/kotlin", "src/android/kotlin")

    publishing {
        singleVariant("release") { withSourcesJar() }
    }
}

kotlin {
    compilerOptions { jvmTarget.set(JvmTarget.JVM_17) }
}

dependencies {
    // JNA as an AAR: it carries libjnidispatch.so for every Android ABI. `api`, because
    // the generated bindings expose JNA types in some public signatures.
    api("net.java.dev.jna:jna:5.17.0@aar")
    // @RequiresApi in the generated bindings (android = true, see uniffi-android.toml).
    implementation("androidx.annotation:annotation:1.9.1")

    androidTestImplementation("androidx.test.ext:junit:1.2.1")
    androidTestImplementation("androidx.test:runner:1.6.2")
}

/** Builds libsalama_core.so for every ABI with cargo-ndk, then checks 16 KB page alignment. */
abstract class CargoNdkBuild @Inject constructor(private val exec: ExecOperations) : DefaultTask() {
    @get:Internal abstract val workspace: DirectoryProperty
    @get:InputFiles @get:PathSensitive(PathSensitivity.RELATIVE) abstract val sources: ConfigurableFileCollection
    @get:Input abstract val targets: MapProperty<String, String>
    @get:Input abstract val profile: Property<String>
    @get:Input abstract val platform: Property<Int>
    @get:Internal abstract val ndkDir: DirectoryProperty
    @get:OutputDirectory abstract val jniLibs: DirectoryProperty

    @TaskAction
    fun build() {
        val out = jniLibs.get().asFile
        out.deleteRecursively()
        val profileDir = if (profile.get() == "dev") "debug" else profile.get()
        val built = mutableListOf<File>()
        for ((abi, triple) in targets.get()) {
            exec.exec {
                workingDir = workspace.get().asFile
                environment("ANDROID_NDK_HOME", ndkDir.get().asFile.path)
                // `rustc --crate-type cdylib`, not `build`: built beside the rlib (which
                // only the desktop app needs), the .so comes out ~650 KB larger.
                commandLine(
                    "cargo", "ndk", "--platform", platform.get().toString(), "-t", abi,
                    "rustc", "--locked", "-p", "salama-core", "--lib", "--crate-type", "cdylib",
                    "--profile", profile.get(),
                )
            }
            val lib = workspace.get().asFile.resolve("target/$triple/$profileDir/libsalama_core.so")
            val dest = out.resolve("$abi/libsalama_core.so")
            lib.copyTo(dest, overwrite = true)
            built += dest
        }
        val readelf = ndkDir.get().asFile.resolve("toolchains/llvm/prebuilt")
            .listFiles().orEmpty().map { it.resolve("bin/llvm-readelf") }.firstOrNull { it.exists() }
        exec.exec {
            if (readelf != null) environment("READELF", readelf.path)
            commandLine(listOf(workspace.get().asFile.resolve("mobile-android/check-page-size.sh").path) + built.map { it.path })
        }
    }
}

/** Generates the Kotlin bindings from a built library with the workspace's uniffi-bindgen. */
abstract class UniffiBindgen @Inject constructor(private val exec: ExecOperations) : DefaultTask() {
    @get:Internal abstract val workspace: DirectoryProperty
    @get:InputFile @get:PathSensitive(PathSensitivity.NONE) abstract val library: RegularFileProperty
    @get:InputFiles @get:PathSensitive(PathSensitivity.RELATIVE) abstract val configs: ConfigurableFileCollection
    @get:InputFile @get:PathSensitive(PathSensitivity.NONE) abstract val androidConfig: RegularFileProperty
    @get:OutputDirectory abstract val outputDir: DirectoryProperty

    @TaskAction
    fun generate() {
        val out = outputDir.get().asFile
        out.deleteRecursively()
        out.mkdirs()
        exec.exec {
            workingDir = workspace.get().asFile
            commandLine(
                "cargo", "run", "--locked", "--quiet", "-p", "uniffi-bindgen", "--bin", "uniffi-bindgen", "--",
                "generate", "--library", library.get().asFile.path, "--language", "kotlin",
                "--config", androidConfig.get().asFile.path, "--out-dir", out.path, "--no-format",
            )
        }
    }
}

val cargoNdkBuild = tasks.register<CargoNdkBuild>("cargoNdkBuild") {
    description = "Builds the Rust core for ${rustTargets.keys.joinToString()} with cargo-ndk."
    workspace.set(workspaceDir)
    sources.from(
        fileTree(workspaceDir) {
            include("Cargo.toml", "Cargo.lock", ".cargo/**", "core/**", "translations/**")
        },
    )
    targets.set(rustTargets)
    profile.set(rustProfile)
    platform.set(minSdkVersion)
    ndkDir.set(androidComponents.sdkComponents.ndkDirectory)
    jniLibs.set(layout.buildDirectory.dir("rust/jniLibs"))
}

val generateUniffiBindings = tasks.register<UniffiBindgen>("generateUniffiBindings") {
    description = "Generates the Kotlin bindings of salama-core with the in-repo uniffi-bindgen."
    workspace.set(workspaceDir)
    library.set(cargoNdkBuild.flatMap { it.jniLibs.file("arm64-v8a/libsalama_core.so") })
    configs.from(
        workspaceDir.resolve("core/uniffi.toml"),
        workspaceDir.resolve("uniffi-bindgen"),
        workspaceDir.resolve("Cargo.lock"),
    )
    androidConfig.set(layout.projectDirectory.file("uniffi-android.toml"))
    outputDir.set(layout.buildDirectory.dir("generated/uniffi/kotlin"))
}

androidComponents {
    onVariants { variant ->
        variant.sources.jniLibs?.addGeneratedSourceDirectory(cargoNdkBuild, CargoNdkBuild::jniLibs)
        variant.sources.kotlin?.addGeneratedSourceDirectory(generateUniffiBindings, UniffiBindgen::outputDir)
    }
}

publishing {
    publications {
        register<MavenPublication>("release") {
            groupId = "org.salama"
            artifactId = "salama-core-android"
            version = project.version.toString()
            afterEvaluate { from(components["release"]) }
        }
    }
}
