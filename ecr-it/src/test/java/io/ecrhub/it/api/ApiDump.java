package io.ecrhub.it.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public surface of one module as text: every public or protected type of the packages it
 * exports to everybody, with its public and protected constructors, methods and fields, one line
 * each, sorted — what a user can compile against. Qualified exports and the rest are not API.
 */
final class ApiDump {

  private ApiDump() {}

  /** The dump of the module at {@code reference}; its classes are loaded from this class path. */
  static List<String> of(ModuleReference reference) {
    ModuleDescriptor descriptor = reference.descriptor();
    Set<String> api =
        descriptor.exports().stream()
            .filter(export -> !export.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    List<String> lines = new ArrayList<>();
    lines.add("module " + descriptor.name());
    descriptor.exports().stream()
        .filter(export -> !export.isQualified())
        .map(export -> "  exports " + export.source())
        .sorted()
        .forEach(lines::add);
    for (String className : classNames(reference)) {
      String packageName = className.substring(0, className.lastIndexOf('.'));
      if (api.contains(packageName)) {
        Class<?> type = load(className);
        if (isApi(type)) {
          lines.addAll(describe(type));
        }
      }
    }
    return lines;
  }

  private static TreeSet<String> classNames(ModuleReference reference) {
    try (ModuleReader reader = reference.open();
        Stream<String> resources = reader.list()) {
      return resources
          .filter(name -> name.endsWith(".class"))
          .filter(name -> !name.endsWith("module-info.class") && !name.contains("package-info"))
          .filter(name -> !name.startsWith("META-INF/"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiDump.class.getClassLoader());
    } catch (ClassNotFoundException missing) {
      throw new IllegalStateException("cannot load " + name + " from the class path", missing);
    }
  }

  /** Public, or protected within a type that is API; never anonymous, local or synthetic. */
  private static boolean isApi(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    Class<?> enclosing = type.getEnclosingClass();
    if (enclosing == null) {
      return Modifier.isPublic(type.getModifiers());
    }
    return isVisible(type.getModifiers()) && isApi(enclosing);
  }

  private static List<String> describe(Class<?> type) {
    List<String> lines = new ArrayList<>();
    lines.add(header(type));
    TreeSet<String> members = new TreeSet<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isMember(constructor)) {
        members.add("    " + constructor.toGenericString());
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (isMember(method) && !method.isBridge()) {
        members.add("    " + method.toGenericString());
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (isMember(field)) {
        members.add("    " + field.toGenericString());
      }
    }
    lines.addAll(members);
    return lines;
  }

  private static String header(Class<?> type) {
    StringBuilder header = new StringBuilder("  ").append(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null
        && superclass != Object.class
        && superclass != Record.class
        && !type.isEnum()) {
      header.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      header
          .append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return header.toString();
  }

  private static boolean isMember(Member member) {
    return !member.isSynthetic() && isVisible(member.getModifiers());
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }
}
