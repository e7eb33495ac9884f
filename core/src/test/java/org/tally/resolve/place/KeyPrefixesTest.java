package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyPrefixesTest {
  /** The slot of a text read letter by letter, as the gazetteer reads a name, or -1. */
  private static int slotOf(KeyPrefixes<?> prefixes, CharSequence text) {
    long hash = KeyPrefixes.start();
    for (int i = 0; i < text.length(); i++) {
      hash = KeyPrefixes.extend(hash, text.charAt(i));
    }
    return prefixes.slot(hash);
  }

  @Test
  void aKeyIsNamedAndItsPrefixesOnlyLeadOn() {
    KeyPrefixes<String> prefixes = new KeyPrefixes<>();
    prefixes.addPrefixesOf("alepo");
    prefixes.addPrefixesOf("alepocountryside");
    prefixes.name("alepo", "Aleppo");
    prefixes.name("alepocountryside", "Aleppo countryside");
    StringBuilder read = new StringBuilder("alep");
    assertThat(prefixes.named(slotOf(prefixes, read), read)).as("a prefix names nothing").isNull();
    read.append('o');
    assertThat(prefixes.named(slotOf(prefixes, read), read)).isEqualTo("Aleppo");
    assertThat(slotOf(prefixes, "alepox")).isEqualTo(-1);
  }

  @Test
  void findsWhatAMapOfTheKeysFinds() {
    Random random = new Random(20261205);
    KeyPrefixes<Integer> prefixes = new KeyPrefixes<>();
    Map<String, Integer> keys = new HashMap<>();
    for (int i = 0; i < 50_000; i++) { // enough keys that the table grows several times
      String key = word(random, 12);
      if (keys.putIfAbsent(key, i) == null) {
        prefixes.addPrefixesOf(key);
      }
    }
    keys.forEach(prefixes::name);
    java.util.Set<String> starts = new java.util.HashSet<>();
    keys.keySet().forEach(k -> {
      for (int n = 1; n <= k.length(); n++) {
        starts.add(k.substring(0, n));
      }
    });
    for (int i = 0; i < 50_000; i++) {
      String text = word(random, 12);
      int slot = slotOf(prefixes, text);
      Integer found = slot < 0 ? null : prefixes.named(slot, new StringBuilder(text));
      assertThat(found).as(text).isEqualTo(keys.get(text));
      if (starts.contains(text)) {
        assertThat(slot).as("%s starts a key", text).isNotNegative();
      }
    }
  }

  @Test
  void aKeyNamedBeforeTheTableGrowsIsStillNamedAfter() {
    KeyPrefixes<String> prefixes = new KeyPrefixes<>();
    prefixes.addPrefixesOf("homs");
    prefixes.name("homs", "Homs");
    Random random = new Random(7);
    for (int i = 0; i < 40_000; i++) {
      prefixes.addPrefixesOf(word(random, 10));
    }
    assertThat(prefixes.named(slotOf(prefixes, "homs"), "homs")).isEqualTo("Homs");
    assertThat(prefixes.named(slotOf(prefixes, "hom"), "hom")).isNull();
  }

  @Test
  void aCopyFindsEveryPrefixOfTheKeysAndNoOther() {
    // the filter before the table must hold every prefix, in the copy as in the table it was made from
    KeyPrefixes<String> prefixes = new KeyPrefixes<>();
    prefixes.addPrefixesOf("idlib");
    prefixes.name("idlib", "Idlib");
    KeyPrefixes<String> copy = prefixes.copy();
    copy.addPrefixesOf("idlibs");
    copy.name("idlibs", "Idlib's");
    for (String start : java.util.List.of("i", "id", "idl", "idli", "idlib")) {
      assertThat(slotOf(copy, start)).as(start).isNotNegative();
    }
    assertThat(copy.named(slotOf(copy, "idlibs"), "idlibs")).isEqualTo("Idlib's");
    assertThat(slotOf(prefixes, "idlibs")).as("the table copied from is left alone").isEqualTo(-1);
    assertThat(slotOf(copy, "dlib")).isEqualTo(-1);
  }

  @Test
  void aTableSizedForItsKeysFindsWhatAGrownOneFinds() {
    // the gazetteer sizes its tables for its rows from the start; the table's size must change no lookup
    Random random = new Random(20261207);
    KeyPrefixes<String> grown = new KeyPrefixes<>();
    KeyPrefixes<String> sized = new KeyPrefixes<>(300_000);
    for (int i = 0; i < 30_000; i++) {
      String key = word(random, 12);
      grown.addPrefixesOf(key);
      sized.addPrefixesOf(key);
      grown.name(key, key.toUpperCase());
      sized.name(key, key.toUpperCase());
    }
    int named = 0;
    for (int i = 0; i < 30_000; i++) {
      String text = word(random, 12);
      int grownSlot = slotOf(grown, text);
      int sizedSlot = slotOf(sized, text);
      assertThat(sizedSlot < 0).as(text).isEqualTo(grownSlot < 0);
      String found = sizedSlot < 0 ? null : sized.named(sizedSlot, text);
      assertThat(found).as(text).isEqualTo(grownSlot < 0 ? null : grown.named(grownSlot, text));
      named += found == null ? 0 : 1;
    }
    assertThat(named).as("the probes meet keys").isGreaterThan(1_000);
  }

  private static String word(Random random, int longest) {
    char[] letters = new char[1 + random.nextInt(longest)];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = (char) ('a' + random.nextInt(4));
    }
    return new String(letters);
  }
}
