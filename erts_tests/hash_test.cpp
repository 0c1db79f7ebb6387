// OTP's hash functions (vm/hash.hpp) against erl 25: for each term (as term_to_binary hex), the values of
// erlang:phash2(T, 1 bsl 32) (= make_hash2) and erlang:phash(T, 1 bsl 32) - 1 (= make_hash), printed by
// erl for the same terms (generator: docs/terms.md, "Verifying against erl").
#include <gtest/gtest.h>

#include <bit>
#include <memory>
#include <string>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/compare.hpp"
#include "vm/hash.hpp"
#include "vm/map.hpp"
#include "vm/module.hpp"

using namespace ember::vm;

namespace {

// ---- test support: a heap and a small ETF reader (expected values are erl's term_to_binary output) ----
class TestHeap final : public HeapAllocator {
public:
    Term* alloc(Word words) override {
        m_chunks.push_back(std::make_unique<Term[]>(words ? words : 1));
        return m_chunks.back().get();
    }
    void add_off_heap(Term* refc_header) override { m_off_heap.push_back(refc_header); }
    ~TestHeap() override {
        for (Term* h : m_off_heap) reinterpret_cast<Binary*>(h[2])->release();
    }

private:
    std::vector<std::unique_ptr<Term[]>> m_chunks;
    std::vector<Term*> m_off_heap;
};

// Decodes the subset of the external term format these tests use (no compression, no pids/funs).
class EtfReader {
public:
    EtfReader(HeapAllocator& heap, const std::string& hex) : m_heap(heap) {
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2) m_bytes.push_back(std::uint8_t(std::stoi(hex.substr(i, 2), nullptr, 16)));
    }
    Term read() {
        m_pos = 1;  // version byte 131
        return term();
    }

private:
    std::uint32_t u8() { return m_bytes.at(m_pos++); }
    std::uint32_t u16() { return (u8() << 8) | u8(); }
    std::uint32_t u32() { return (u16() << 16) | u16(); }
    Term integer(bool negative, const std::vector<std::uint8_t>& le) {
        std::vector<Word> limbs((le.size() + 7) / 8, 0);
        for (std::size_t i = 0; i < le.size(); ++i) limbs[i / 8] |= Word(le[i]) << (8 * (i % 8));
        while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
        if (limbs.empty()) return make_small(0);
        if (limbs.size() == 1 && limbs[0] <= Word(kMaxSmall) + (negative ? 1 : 0)) {
            return make_small(negative ? SWord(0) - SWord(limbs[0]) : SWord(limbs[0]));
        }
        Term* hp = m_heap.alloc(1 + limbs.size());
        hp[0] = make_header(limbs.size(), negative ? Subtag::NegBignum : Subtag::PosBignum);
        for (std::size_t i = 0; i < limbs.size(); ++i) hp[1 + i] = limbs[i];
        return make_boxed(hp);
    }
    Term tuple(Word n) {
        std::vector<Term> xs;
        for (Word i = 0; i < n; ++i) xs.push_back(term());
        Term* hp = m_heap.alloc(1 + n);
        hp[0] = make_header(n, Subtag::Tuple);
        for (Word i = 0; i < n; ++i) hp[1 + i] = xs[i];
        return make_boxed(hp);
    }
    Term list_of(std::vector<Term> xs, Term tail) {
        for (std::size_t i = xs.size(); i-- > 0;) {
            Term* hp = m_heap.alloc(2);
            hp[0] = xs[i];
            hp[1] = tail;
            tail = make_list(hp);
        }
        return tail;
    }
    Term term() {
        std::uint32_t tag = u8();
        switch (tag) {
        case 97: return make_small(SWord(u8()));
        case 98: return make_small(SWord(std::int32_t(u32())));
        case 110:
        case 111: {
            std::uint32_t n = tag == 110 ? u8() : u32();
            bool neg = u8() != 0;
            std::vector<std::uint8_t> le;
            for (std::uint32_t i = 0; i < n; ++i) le.push_back(std::uint8_t(u8()));
            return integer(neg, le);
        }
        case 70: {
            Word w = 0;
            for (int i = 0; i < 8; ++i) w = (w << 8) | u8();
            return write_float(m_heap.alloc(2), std::bit_cast<double>(w));
        }
        case 118:
        case 119: {
            std::uint32_t n = tag == 119 ? u8() : u16();
            std::string name;
            for (std::uint32_t i = 0; i < n; ++i) name.push_back(char(u8()));
            return AtomTable::global().intern(name);
        }
        case 106: return kNil;
        case 107: {
            std::uint32_t n = u16();
            std::vector<Term> xs;
            for (std::uint32_t i = 0; i < n; ++i) xs.push_back(make_small(SWord(u8())));
            return list_of(xs, kNil);
        }
        case 108: {
            std::uint32_t n = u32();
            std::vector<Term> xs;
            for (std::uint32_t i = 0; i < n; ++i) xs.push_back(term());
            Term tail = term();
            return list_of(xs, tail);
        }
        case 104: return tuple(u8());
        case 105: return tuple(u32());
        case 109:
        case 77: {
            std::uint32_t n = u32();
            std::uint32_t bits = tag == 77 ? u8() : 8;
            std::vector<std::uint8_t> data;
            for (std::uint32_t i = 0; i < n; ++i) data.push_back(std::uint8_t(u8()));
            Term bin = make_binary(m_heap, data.data(), data.size());
            if (tag == 77 && bits != 8) bin = make_sub_binary(m_heap, bin, 0, (n - 1) * 8 + bits);
            return bin;
        }
        case 116: {
            std::uint32_t n = u32();
            std::vector<Term> ks, vs;
            for (std::uint32_t i = 0; i < n; ++i) {
                ks.push_back(term());
                vs.push_back(term());
            }
            return map_from_pairs(m_heap, ks.data(), vs.data(), n);
        }
        default: ADD_FAILURE() << "unsupported ETF tag " << tag; return kNil;
        }
    }

    HeapAllocator& m_heap;
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

[[maybe_unused]] std::vector<Term> list_to_vector(Term l) {
    std::vector<Term> v;
    for (; is_list(l); l = cdr(l)) v.push_back(car(l));
    return v;
}

struct HashCase {
    const char* etf_hex;
    std::uint32_t hash2;  // make_hash2 = erlang:phash2(T, 1 bsl 32)
    std::uint32_t hash;   // make_hash = erlang:phash(T, 1 bsl 32) - 1
};

const HashCase kCases[] = {
    {"836100", 3175731469u, 0u},  // 0
    {"836101", 539485162u, 2788898427u},  // 1
    {"8362ffffffff", 1117813597u, 1680185269u},  // -1
    {"83612a", 701417368u, 1169616942u},  // 42
    {"8361ff", 715823293u, 2499495045u},  // 255
    {"836200000100", 3929335767u, 1920229267u},  // 256
    {"8362ffffff00", 2771613476u, 3765867549u},  // -256
    {"836207ffffff", 4273352567u, 1192343452u},  // 134217727
    {"836208000000", 2562491755u, 2147483672u},  // 134217728
    {"8362f8000000", 874979335u, 2147489128u},  // -134217728
    {"8362f7ffffff", 1418916782u, 3827674397u},  // -134217729
    {"836e05000000000001", 2108323275u, 2788898427u},  // 4294967296
    {"836e0400ffffffff", 2108319181u, 3339827844u},  // 4294967295
    {"836e0800ffffffffffffff07", 1638133000u, 3114282912u},  // 576460752303423487
    {"836e08010000000000000008", 2316875190u, 2147489128u},  // -576460752303423488
    {"836e08000000000000000008", 2442888721u, 2147483672u},  // 576460752303423488
    {"836e08000000000000000010", 1373980788u, 48u},  // 1152921504606846976
    {"836e0900000000000000000001", 2519041713u, 2788898427u},  // 18446744073709551616
    {"836e0800ffffffffffffffff", 321870806u, 966800008u},  // 18446744073709551615
    {"836e0901000000000000000001", 2563594619u, 1680185269u},  // -18446744073709551616
    {"836e0d0000000000000000000000000010", 528873168u, 1672701872u},  // 1267650600228229401496703205376
    {"836e0d01c7cfffffffffffffffffffff0f", 897730178u, 2860978119u},  // -1267650600228229401496703193031
    {"836e0d00d20a3f4eeee073c3f60fe98e01", 3353369072u, 2723083118u},  // 123456789012345678901234567890
    {"83460000000000000000", 423528920u, 0u},  // 0.0
    {"83468000000000000000", 423528920u, 0u},  // -0.0
    {"83463ff0000000000000", 3029937084u, 1072693248u},  // 1.0
    {"8346bff8000000000000", 1758584130u, 3220701184u},  // -1.5
    {"8346400921fb54442d18", 764465415u, 340593891u},  // 3.141592653589793
    {"83467e37e43c8800759c", 387524106u, 4130836896u},  // 1.0e300
    {"834681bac9a7b3b7302f", 4032507185u, 839776648u},  // -2.5e-300
    {"837703666f6f", 27999u, 27999u},  // foo
    {"837703626172", 26754u, 26754u},  // bar
    {"837700", 0u, 0u},  // ''
    {"83770b68656c6c6f20776f726c64", 18131988u, 18131988u},  // 'hello world'
    {"837702c384", 196u, 196u},  // '?'
    {"837706c3a5c3a4c3b6", 62518u, 62518u},  // ???
    {"837706e282ac75726f", 246234255u, 246234255u},  // '/x{20AC}uro'
    {"83770561f09f9880", 7383296u, 7383296u},  // 'a/x{1F600}'
    {"83770474727565", 506293u, 506293u},  // true
    {"83770566616c7365", 7111573u, 7111573u},  // false
    {"837709756e646566696e6564", 180132084u, 180132084u},  // undefined
    {"836a", 3468870702u, 1u},  // []
    {"836b000101", 2768963718u, 2952798236u},  // [1]
    {"836b0003010203", 4186538188u, 3336869157u},  // [1,2,3]
    {"836b0003616263", 519996486u, 3654580165u},  // [97,98,99]
    {"836b000461626364", 1752753207u, 1938728201u},  // [97,98,99,100]
    {"836b00056162636465", 2487089008u, 721934914u},  // [97,98,99,100,101]
    {"836b000b68656c6c6f20776f726c64", 2943300141u, 2520765043u},  // [104,101,108,108,111,32,119,111,114,108,100]
    {"836c0000000162000001006a", 1684221134u, 1015129878u},  // [256]
    {"836c00000002610161026103", 4169601349u, 265598414u},  // [1,2|3]
    {"836c00000001770161770162", 2356411656u, 4159696707u},  // [a|b]
    {"836c000000016a6a", 499070068u, 2952798236u},  // [[]]
    {"836c000000026b0001016b000202036a", 844072643u, 584053283u},  // [[1],[2,3]]
    {"836c0000000362ffffffff620000012c6b0001786a", 3909883957u, 3687000936u},  // [-1,300,[120]]
    {"836c000000037703666f6f6802610161026b00036261726a", 2886934977u, 3759620619u},  // [foo,{1,2},[98,97,114]]
    // [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22...
    {
     "836c0000012c610161026103610461056106610761086109610a610b610c610d610e610f611061116112611361146115"
     "6116611761186119611a611b611c611d611e611f6120612161226123612461256126612761286129612a612b612c612d"
     "612e612f6130613161326133613461356136613761386139613a613b613c613d613e613f614061416142614361446145"
     "6146614761486149614a614b614c614d614e614f6150615161526153615461556156615761586159615a615b615c615d"
     "615e615f6160616161626163616461656166616761686169616a616b616c616d616e616f617061716172617361746175"
     "6176617761786179617a617b617c617d617e617f6180618161826183618461856186618761886189618a618b618c618d"
     "618e618f6190619161926193619461956196619761986199619a619b619c619d619e619f61a061a161a261a361a461a5"
     "61a661a761a861a961aa61ab61ac61ad61ae61af61b061b161b261b361b461b561b661b761b861b961ba61bb61bc61bd"
     "61be61bf61c061c161c261c361c461c561c661c761c861c961ca61cb61cc61cd61ce61cf61d061d161d261d361d461d5"
     "61d661d761d861d961da61db61dc61dd61de61df61e061e161e261e361e461e561e661e761e861e961ea61eb61ec61ed"
     "61ee61ef61f061f161f261f361f461f561f661f761f861f961fa61fb61fc61fd61fe61ff620000010062000001016200"
     "0001026200000103620000010462000001056200000106620000010762000001086200000109620000010a620000010b"
     "620000010c620000010d620000010e620000010f62000001106200000111620000011262000001136200000114620000"
     "01156200000116620000011762000001186200000119620000011a620000011b620000011c620000011d620000011e62"
     "0000011f6200000120620000012162000001226200000123620000012462000001256200000126620000012762000001"
     "286200000129620000012a620000012b620000012c6a",
     3909413633u, 4137644928u},
    {"836800", 221703996u, 0u},  // {}
    {"8368016101", 1318488075u, 381724170u},  // {1}
    {"83680261016102", 4118095950u, 3114748239u},  // {1,2}
    {"836803770161770162770163", 113425870u, 685556713u},  // {a,b,c}
    {"83680368006a6d00000000", 769254005u, 2150340786u},  // {{},[],<<>>}
    {"836805463ff00000000000006102770574687265656b0004666f75726d0000000105", 930805850u, 3857131089u},  // {1.0,2,three,[102,111,117,114],<<5>>}
    {"836d00000000", 147926629u, 0u},  // <<>>
    {"836d0000000101", 881997586u, 268436142u},  // <<1>>
    {"836d00000003010203", 4167228639u, 687692589u},  // <<1,2,3>>
    // <<104,101,108,108,111,32,119,111,114,108,100,44,32,116,10...
    {
     "836d0000003a68656c6c6f20776f726c642c20746869732069732061206c6f6e6765722062696e617279206f66206d6f"
     "7265207468616e203132206279746573",
     2514257376u, 226777760u},
    // <<0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21...
    {
     "836d00000100000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829"
     "2a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f50515253545556575859"
     "5a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f80818283848586878889"
     "8a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9"
     "babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9"
     "eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     4163814291u, 1678058368u},
    {"834d000000010180", 3994547237u, 808817678u},  // <<1:1>>
    {"834d0000000103a0", 3354768668u, 3507216108u},  // <<5:3>>
    {"834d0000000304010230", 2292987389u, 2014452360u},  // <<1,2,3:4>>
    {"834d0000000207ff0e", 1737562933u, 4170286304u},  // <<255,7:7>>
    {"837400000000", 844985373u, 1113425984u},  // #{}
    {"8374000000017701616101", 1401795262u, 1670235873u},  // #{a => 1}
    {"83740000000261017701616102770162", 1653309083u, 1921749694u},  // #{1 => a,2 => b}
    {"8374000000026101770179463ff0000000000000770178", 1290716011u, 1559156622u},  // #{1 => y,1.0 => x}
    {"837400000002680068006a6a", 727898247u, 996338858u},  // #{{} => {},[] => []}
    // #{16 => 32,18 => 36,5 => 10,19 => 38,27 => 54,35 => 70,10...
    {
     "83740000002861216142610c61186117612e611d613a611e613c6127614e611a6134611f613e610b61166125614a6109"
     "6112612061406122614461196132611c61386106610c6126614c610d611a6128615061146128610f611e610e611c6102"
     "61046107610e610161026108611061036106611161226116612c6115612a610461086124614861186130610a61146123"
     "6146611b6136611361266105610a6112612461106120",
     1286010967u, 1554451578u},
    // #{[52,51] => 43,[52,56] => 48,[51,50] => 32,[50,49] => 21...
    {
     "8374000000326b00023237611b6b00023432612a6b00013461046b00023133610d6b0002343061286b00013761076b00"
     "02313761116b0002313961136b0002333761256b0002333961276b00013961096b0002333661246b0002313861126b00"
     "02323561196b0002333461226b0002353061326b00013161016b00023135610f6b00023436612e6b00023437612f6b00"
     "023239611d6b00023134610e6b00013361036b0002333361216b00023435612d6b00023331611f6b0002313661106b00"
     "023238611c6b0002333561236b0002323461186b0002333861266b00013661066b0002323261166b00023330611e6b00"
     "023132610c6b0002323061146b00023236611a6b00023130610a6b0002323361176b00023434612c6b00023131610b6b"
     "0002343161296b00013261026b00013861086b00013561056b0002343961316b0002323161156b0002333261206b0002"
     "343861306b00023433612b",
     273625449u, 542066060u},
    {"83740000000177066e657374656474000000017705696e6e65726b0003010203", 1331078730u, 1599519341u},  // #{nested => #{inner => [1,2,3]}}
};

}  // namespace

TEST(Hash, MatchesErl) {
    TestHeap heap;
    int index = 0;
    for (const HashCase& c : kCases) {
        Term t = EtfReader(heap, c.etf_hex).read();
        EXPECT_EQ(make_hash2(t), c.hash2) << "case " << index << " " << c.etf_hex;
        EXPECT_EQ(make_hash(t), c.hash) << "case " << index << " " << c.etf_hex;
        ++index;
    }
}

// make_internal_hash(T, 0) and (T, 12345) from erl through enif_hash(ERL_NIF_INTERNAL_HASH, T, Salt).
// Terms with atoms are left out: an atom hashes by its atom-table index, which differs between VMs.
struct InternalCase {
    const char* etf_hex;
    std::uint32_t salt0;
    std::uint32_t salt12345;
};

const InternalCase kInternalCases[] = {
    {"836100", 3620831944u, 4274007973u},
    {"836101", 2441450838u, 184358206u},
    {"8362ffffffff", 559702020u, 3294839913u},
    {"836e08000000000000000008", 2160620466u, 1420512298u},
    {"836e0900000000000000000001", 1670597026u, 3941197185u},
    {"836e0901000000000000000040", 3667445918u, 3193393362u},
    {"836e0d00d20a3f4eeee073c3f60fe98e01", 3068014616u, 4075066025u},
    {"83460000000000000000", 2778859731u, 2217912328u},
    {"83468000000000000000", 2778859731u, 2217912328u},
    {"83463ff8000000000000", 1817557079u, 2995869335u},
    {"834681bac9a7b3b7302f", 222988620u, 2663042913u},
    {"836a", 2464209347u, 91226927u},
    {"836b000101", 1762143407u, 3972405210u},
    {"836b0003010203", 2915507666u, 1342916509u},
    {"836b0003616263", 4050146831u, 1889281548u},
    {"836b000461626364", 2584962673u, 4201348249u},
    {"836b00056162636465", 513042836u, 2456351393u},
    {"836c00000001620000012c6a", 3431643858u, 4164200454u},
    {"836c0000000161016102", 813403020u, 4060510025u},
    {"836c000000016a6a", 2972560227u, 3463107854u},
    {"836c0000000361016c000000026102620000012c6a6b0001786d00000000", 2951114976u, 1344639042u},
    {"836800", 904478834u, 2486351913u},
    {"8368016101", 3083022094u, 3007155709u},
    {"83680361014640000000000000006b000103", 204890480u, 340120869u},
    {"836d00000000", 3580844982u, 3580840909u},
    {"836d0000000101", 1985782986u, 2705908253u},
    {"836d0000002b68656c6c6f20776f726c642c2074686973206973206d6f7265207468616e207477656c7665206279746573", 1166415522u, 3255883417u},
    {"834d000000010180", 2541828467u, 3396719009u},
    {"834d0000000103a0", 1285585474u, 1286826556u},
    {"834d0000000304010230", 4221112956u, 4256131784u},
    {"836d000000c9000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8", 2410307884u, 2699264383u},
    {"837400000000", 4050418618u, 4097969160u},
    {"83740000000161016102", 3344407571u, 3922833382u},
    {"837400000002463ff000000000000061016a6800", 2364520845u, 91791828u},
    {"83740000002861216121610c610c61176117611d611d611e611e61276127611a611a611f611f610b610b6125612561096109612061206122612261196119611c611c6106610661266126610d610d6128612861146114610f610f610e610e6102610261076107610161016108610861036103611161116116611661156115610461046124612461186118610a610a61236123611b611b61136113610561056112611261106110", 2742925189u, 156147688u},
    {"8368026d000000016b740000000161076108", 1564413085u, 176683078u},
};

TEST(Hash, InternalHashMatchesErl) {
    TestHeap heap;
    int index = 0;
    for (const InternalCase& c : kInternalCases) {
        Term t = EtfReader(heap, c.etf_hex).read();
        EXPECT_EQ(internal_hash(t, 0), c.salt0) << "case " << index << " " << c.etf_hex;
        EXPECT_EQ(internal_hash(t, 12345), c.salt12345) << "case " << index << " " << c.etf_hex;
        ++index;
    }
}

TEST(Hash, Ranges) {
    TestHeap heap;
    Term t = EtfReader(heap, "836802770161770162").read();  // {a,b}
    // erl: erlang:phash2({a,b}) = 101277806, phash2({a,b}, 1000) = 998, phash({a,b}, 1000) = 770
    EXPECT_EQ(phash2(t), 101277806u);
    EXPECT_EQ(phash2(t, 1000), 998u);
    EXPECT_EQ(phash(t, 1000), 770u);
    EXPECT_EQ(phash2(t, std::uint64_t(1) << 32), make_hash2(t));
}

TEST(Hash, PidsRefsPortsExports) {
    // erl: P = c:pid(0,80,0), R = list_to_ref("#Ref<0.1.2.3>"), Pt = list_to_port("#Port<0.5>"),
    // [{erlang:phash2(X, 1 bsl 32), erlang:phash(X, 1 bsl 32) - 1} || X <- [P, R, Pt, {P, R}]]
    TestHeap heap;
    Term pid = make_pid(80), port = make_port(5);
    Term* r = heap.alloc(4);
    r[0] = make_header(3, Subtag::Ref);
    r[1] = 3;  // #Ref<0.n2.n1.n0>: n0 = 3, n1 = 2, n2 = 1
    r[2] = 2;
    r[3] = 1;
    Term ref = make_boxed(r);
    Term* t = heap.alloc(3);
    t[0] = make_header(2, Subtag::Tuple);
    t[1] = pid;
    t[2] = ref;
    Term tuple = make_boxed(t);
    EXPECT_EQ(make_hash2(pid), 3956599749u);
    EXPECT_EQ(make_hash(pid), 1000343888u);
    EXPECT_EQ(make_hash2(ref), 3833100999u);
    EXPECT_EQ(make_hash(ref), 3125387975u);
    EXPECT_EQ(make_hash2(port), 2004953508u);
    EXPECT_EQ(make_hash(port), 3777324193u);
    EXPECT_EQ(make_hash2(tuple), 3189872338u);
    EXPECT_EQ(make_hash(tuple), 4060751583u);
    // fun lists:map/2: phash2(E, 1 bsl 32) = 840287883, phash(E, 1 bsl 32) - 1 = 904024395
    Export e;
    e.module = AtomTable::global().intern("lists");
    e.function = AtomTable::global().intern("map");
    e.arity = 2;
    Term* f = heap.alloc(2);
    f[0] = make_header(1, Subtag::Export);
    f[1] = reinterpret_cast<Word>(&e);
    Term fun = make_boxed(f);
    EXPECT_EQ(make_hash2(fun), 840287883u);
    EXPECT_EQ(make_hash(fun), 904024395u);
}

TEST(Hash, AtomHash) {
    // hashpjw: erlang:phash2(foo) = 27999 (an atom hashes to its atom-table hash value)
    EXPECT_EQ(atom_hash(AtomTable::global().intern("foo")), 27999u);
    EXPECT_EQ(make_hash2(AtomTable::global().intern("foo")), 27999u);
}

TEST(Hash, UnalignedBitstringsHashLikeAligned) {
    TestHeap heap;
    const std::uint8_t bytes[] = {0xAB, 0xCD, 0xEF, 0x12, 0x34};
    Term whole = make_binary(heap, bytes, sizeof bytes);
    Term sub = make_sub_binary(heap, whole, 4, 27);
    const std::uint8_t aligned[4] = {0xBC, 0xDE, 0xF1, 0x20};  // the same 27 bits at offset 0
    Term copy = make_sub_binary(heap, make_binary(heap, aligned, 4), 0, 27);
    EXPECT_TRUE(exact_equal(sub, copy));
    EXPECT_EQ(make_hash2(sub), make_hash2(copy));
    EXPECT_EQ(make_hash(sub), make_hash(copy));
    EXPECT_EQ(internal_hash(sub, 0), internal_hash(copy, 0));
}

TEST(Hash, MapHashesIgnoreConstructionOrder) {
    TestHeap heap;
    std::vector<Term> ks, rs;
    for (int k = 1; k <= 60; ++k) ks.push_back(make_small(k));
    for (int k = 60; k >= 1; --k) rs.push_back(make_small(k));
    Term a = map_from_pairs(heap, ks.data(), ks.data(), ks.size());
    Term b = map_from_pairs(heap, rs.data(), rs.data(), rs.size());
    EXPECT_EQ(internal_hash(a, 0), internal_hash(b, 0));
    EXPECT_EQ(make_hash2(a), make_hash2(b));
}
