package golite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/types"
	"reflect"
	"strings"
)

// encoding/json is the host's package run over a host mirror of the
// program's value: each type is mirrored by a reflect type of the same
// shape (a struct keeps its fields' names, tags and embedding), the value
// is copied into it, the host encodes or decodes it, and a decoded value is
// copied back into the program's variables in place. So field names, tags,
// omitempty, map key order, number formats, HTML escaping and the error
// texts are Go's own. What a mirror cannot carry says it is not supported
// by Taskline: the program's MarshalJSON/UnmarshalJSON/MarshalText methods
// (and time.Time's), and recursive types.

// jsonUnsupported is a panic of the program saying what is not modelled.
type jsonUnsupported struct{ msg string }

type jsonBridge struct {
	m      *Machine
	fr     *Frame
	mirror map[types.Type]reflect.Type
	back   map[reflect.Type]types.Type
	inProg map[types.Type]bool
}

func newJSONBridge(fr *Frame) *jsonBridge {
	return &jsonBridge{m: fr.m, fr: fr, mirror: map[types.Type]reflect.Type{}, back: map[reflect.Type]types.Type{}, inProg: map[types.Type]bool{}}
}

func (j *jsonBridge) fail(format string, a ...any) {
	panic(jsonUnsupported{fmt.Sprintf(format, a...)})
}

var (
	anyType     = reflect.TypeOf((*any)(nil)).Elem()
	numberType  = reflect.TypeOf(json.Number(""))
	rawType     = reflect.TypeOf(json.RawMessage(nil))
	emptyIfaceT = types.NewInterfaceType(nil, nil)
)

// isStubType reports whether t is the named type pkg.name of a stub.
func isStubType(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// typeOf mirrors t.
func (j *jsonBridge) typeOf(t types.Type) reflect.Type {
	if rt, ok := j.mirror[t]; ok {
		return rt
	}
	if isStubType(t, "encoding/json", "Number") {
		return numberType
	}
	if isStubType(t, "encoding/json", "RawMessage") {
		return rawType
	}
	if isStubType(t, "time", "Time") {
		j.fail("encoding/json of time.Time is not supported by Taskline")
	}
	if _, ok := types.Unalias(t).(*types.Named); ok {
		for _, m := range []string{"MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText"} {
			for _, x := range []types.Type{t, types.NewPointer(t)} {
				ms := types.NewMethodSet(x)
				for i := 0; i < ms.Len(); i++ {
					if ms.At(i).Obj().Name() == m {
						j.fail("encoding/json with the %s method of %s is not supported by Taskline", m, j.m.c.typeName(t))
					}
				}
			}
		}
	}
	if j.inProg[t] {
		j.fail("encoding/json of the recursive type %s is not supported by Taskline", j.m.c.typeName(t))
	}
	j.inProg[t] = true
	defer delete(j.inProg, t)
	var rt reflect.Type
	switch u := t.Underlying().(type) {
	case *types.Basic:
		rt = basicReflect(u)
		if rt == nil {
			j.fail("encoding/json of %s is not supported by Taskline", j.m.c.typeName(t))
		}
	case *types.Pointer:
		rt = reflect.PointerTo(j.typeOf(u.Elem()))
	case *types.Slice:
		if b, ok := u.Elem().(*types.Basic); ok && b.Kind() == types.Uint8 {
			rt = reflect.TypeOf([]byte(nil))
		} else {
			rt = reflect.SliceOf(j.typeOf(u.Elem()))
		}
	case *types.Array:
		rt = reflect.ArrayOf(int(u.Len()), j.typeOf(u.Elem()))
	case *types.Map:
		rt = reflect.MapOf(j.typeOf(u.Key()), j.typeOf(u.Elem()))
	case *types.Interface:
		rt = anyType
	case *types.Chan:
		rt = reflect.ChanOf(reflect.BothDir, j.typeOf(u.Elem()))
	case *types.Signature:
		rt = reflect.TypeOf(func() {})
	case *types.Struct:
		var fs []reflect.StructField
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			sf := reflect.StructField{Name: f.Name(), Tag: reflect.StructTag(u.Tag(i)), Anonymous: f.Embedded()}
			if !f.Exported() {
				_, isStruct := derefType(f.Type()).Underlying().(*types.Struct)
				if f.Embedded() && isStruct {
					// json looks into an unexported embedded struct.
					sf.Name = "X" + f.Name()
				} else {
					sf.Name, sf.Tag, sf.Anonymous = fmt.Sprintf("Unexported%d", i), `json:"-"`, false
				}
			}
			if f.Embedded() && sf.Anonymous {
				sf.Type = j.typeOf(f.Type())
			} else if !f.Exported() {
				sf.Type = reflect.TypeOf(struct{}{})
			} else {
				sf.Type = j.typeOf(f.Type())
			}
			fs = append(fs, sf)
		}
		rt = reflect.StructOf(fs)
	default:
		j.fail("encoding/json of %s is not supported by Taskline", j.m.c.typeName(t))
	}
	j.mirror[t] = rt
	if _, ok := j.back[rt]; !ok {
		j.back[rt] = t
	}
	return rt
}

func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func basicReflect(b *types.Basic) reflect.Type {
	switch b.Kind() {
	case types.Bool:
		return reflect.TypeOf(false)
	case types.Int:
		return reflect.TypeOf(0)
	case types.Int8:
		return reflect.TypeOf(int8(0))
	case types.Int16:
		return reflect.TypeOf(int16(0))
	case types.Int32:
		return reflect.TypeOf(int32(0))
	case types.Int64:
		return reflect.TypeOf(int64(0))
	case types.Uint:
		return reflect.TypeOf(uint(0))
	case types.Uint8:
		return reflect.TypeOf(uint8(0))
	case types.Uint16:
		return reflect.TypeOf(uint16(0))
	case types.Uint32:
		return reflect.TypeOf(uint32(0))
	case types.Uint64:
		return reflect.TypeOf(uint64(0))
	case types.Uintptr:
		return reflect.TypeOf(uintptr(0))
	case types.Float32:
		return reflect.TypeOf(float32(0))
	case types.Float64:
		return reflect.TypeOf(float64(0))
	case types.String:
		return reflect.TypeOf("")
	}
	return nil
}

// toHost copies the program's value v of type t into a new host value.
func (j *jsonBridge) toHost(v Value, t types.Type) reflect.Value {
	rt := j.typeOf(t)
	out := reflect.New(rt).Elem()
	j.fill(out, v, t)
	return out
}

func (j *jsonBridge) fill(out reflect.Value, v Value, t types.Type) {
	if err := j.m.budget.Step(); err != nil {
		panic(stopSignal{err})
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			out.SetBool(v.B())
		case u.Info()&types.IsString != 0:
			out.SetString(v.S())
		case u.Info()&types.IsFloat != 0:
			out.SetFloat(v.F())
		case u.Info()&types.IsUnsigned != 0:
			out.SetUint(v.N)
		default:
			out.SetInt(v.I())
		}
	case *types.Pointer:
		if v.R == nil {
			return
		}
		p := reflect.New(out.Type().Elem())
		if isAgg(u.Elem()) {
			j.fill(p.Elem(), v, u.Elem())
		} else {
			j.fill(p.Elem(), loadPtr(v), u.Elem())
		}
		out.Set(p)
	case *types.Slice:
		if v.R == nil {
			return
		}
		sl := v.Sl()
		s := reflect.MakeSlice(out.Type(), len(sl), len(sl))
		for i, x := range sl {
			j.fill(s.Index(i), x, u.Elem())
		}
		out.Set(s)
	case *types.Array:
		for i, x := range v.A().F {
			j.fill(out.Index(i), x, u.Elem())
		}
	case *types.Map:
		mp, _ := v.R.(*Map)
		if mp == nil {
			return
		}
		hm := reflect.MakeMapWithSize(out.Type(), mp.n)
		for i, live := range mp.live {
			if live {
				hm.SetMapIndex(j.toHost(mp.keys[i], u.Key()), j.toHost(mp.vals[i], u.Elem()))
			}
		}
		out.Set(hm)
	case *types.Interface:
		ifc, _ := v.R.(*Iface)
		if ifc == nil {
			return
		}
		out.Set(j.toHost(ifc.V, ifc.T))
	case *types.Struct:
		a := v.A()
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if f.Exported() || out.Type().Field(i).Anonymous {
				j.fill(out.Field(i), a.F[i], f.Type())
			}
		}
	}
}

func loadPtr(v Value) Value {
	switch p := v.R.(type) {
	case *Value:
		return *p
	case Pointer:
		return p.Load()
	}
	return Value{}
}

func storePtr(v, x Value) {
	switch p := v.R.(type) {
	case *Value:
		*p = x
	case Pointer:
		p.Store(x)
	}
}

// fromHost makes the program's value of type t from the host's hv, reusing
// old's storage where it has some (a struct decoded into stays the same
// variable, as with Go's Unmarshal).
func (j *jsonBridge) fromHost(hv reflect.Value, t types.Type, old Value) Value {
	c := j.m.c
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return mkBool(hv.Bool())
		case u.Info()&types.IsString != 0:
			return mkStr(hv.String())
		case u.Info()&types.IsFloat != 0:
			return mkFloat(hv.Float())
		case u.Info()&types.IsUnsigned != 0:
			return mkUint(hv.Uint())
		}
		return mkInt(hv.Int())
	case *types.Pointer:
		if hv.IsNil() {
			return Value{}
		}
		if isAgg(u.Elem()) {
			if old.R == nil {
				old = c.zero(u.Elem())()
			}
			return j.fromHost(hv.Elem(), u.Elem(), old)
		}
		var prev Value
		if old.R != nil {
			prev = loadPtr(old)
		}
		x := j.fromHost(hv.Elem(), u.Elem(), prev)
		if old.R != nil {
			storePtr(old, x)
			return old
		}
		return Value{R: &x}
	case *types.Slice:
		if hv.IsNil() {
			return Value{}
		}
		oldSl := old.Sl()
		sl := make([]Value, hv.Len())
		for i := range sl {
			var o Value
			if i < len(oldSl) {
				o = oldSl[i]
			}
			sl[i] = j.fromHost(hv.Index(i), u.Elem(), o)
		}
		return Value{R: sl}
	case *types.Array:
		a := old.A()
		if a == nil {
			a = c.zero(t)().A()
		}
		for i := range a.F {
			a.F[i] = j.fromHost(hv.Index(i), u.Elem(), a.F[i])
		}
		return Value{R: a}
	case *types.Map:
		if hv.IsNil() {
			return Value{}
		}
		mp, _ := old.R.(*Map)
		if mp == nil {
			mp = newMap(c.key(u.Key()))
		}
		it := hv.MapRange()
		for it.Next() {
			k := j.fromHost(it.Key(), u.Key(), Value{})
			prev, _ := mp.Get(k)
			mp.Set(k, j.fromHost(it.Value(), u.Elem(), prev))
		}
		return Value{R: mp}
	case *types.Interface:
		if hv.IsNil() {
			return Value{}
		}
		e := hv.Elem()
		dt := j.goType(e.Type())
		var prev Value
		if ifc, ok := old.R.(*Iface); ok && types.Identical(ifc.T, dt) {
			prev = ifc.V
		}
		return Value{R: &Iface{T: dt, V: j.fromHost(e, dt, prev)}}
	case *types.Struct:
		a := old.A()
		if a == nil {
			a = c.zero(t)().A()
		}
		for i := 0; i < u.NumFields(); i++ {
			if u.Field(i).Exported() || hv.Type().Field(i).Anonymous {
				a.F[i] = j.fromHost(hv.Field(i), u.Field(i).Type(), a.F[i])
			}
		}
		return Value{R: a}
	}
	return old
}

// goType is the program's type for a host type json decoded into an
// interface: a mirror's own type, or what json makes of a JSON value.
func (j *jsonBridge) goType(rt reflect.Type) types.Type {
	if t, ok := j.back[rt]; ok {
		return t
	}
	switch rt.Kind() {
	case reflect.Map:
		return types.NewMap(types.Typ[types.String], emptyIfaceT)
	case reflect.Slice:
		return types.NewSlice(emptyIfaceT)
	case reflect.Bool:
		return types.Typ[types.Bool]
	case reflect.Float64:
		return types.Typ[types.Float64]
	case reflect.String:
		if rt == numberType {
			if lp := j.m.c.prog.byPath["encoding/json"]; lp != nil {
				return lp.pkg.Scope().Lookup("Number").Type()
			}
		}
		return types.Typ[types.String]
	}
	j.fail("encoding/json decoding into %s is not supported by Taskline", rt)
	return nil
}

// typeError rewrites an error of the host's json about a mirror type with
// the program's type names.
func (j *jsonBridge) typeError(err error, root types.Type) string {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		tn := ute.Type.String()
		if t, ok := j.back[ute.Type]; ok {
			tn = j.m.c.typeName(t)
		}
		if ute.Field != "" {
			st := j.structOfField(root, ute.Field)
			return "json: cannot unmarshal " + ute.Value + " into Go struct field " + st + "." + ute.Field + " of type " + tn
		}
		return "json: cannot unmarshal " + ute.Value + " into Go value of type " + tn
	}
	var ute2 *json.UnsupportedTypeError
	if errors.As(err, &ute2) {
		if t, ok := j.back[ute2.Type]; ok {
			return "json: unsupported type: " + j.m.c.typeName(t)
		}
	}
	return err.Error()
}

// structOfField is the name of the struct that holds the last field of a
// dotted JSON field path, as json's errorContext names it.
func (j *jsonBridge) structOfField(t types.Type, path string) string {
	name := ""
	for _, seg := range strings.Split(path, ".") {
		for {
			switch u := t.Underlying().(type) {
			case *types.Pointer:
				t = u.Elem()
				continue
			case *types.Slice:
				t = u.Elem()
				continue
			case *types.Array:
				t = u.Elem()
				continue
			case *types.Map:
				t = u.Elem()
				continue
			}
			break
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return name
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name()
		} else {
			name = ""
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			tag := reflect.StructTag(st.Tag(i)).Get("json")
			jn, _, _ := strings.Cut(tag, ",")
			if jn == "" {
				jn = f.Name()
			}
			if jn == seg || strings.EqualFold(jn, seg) {
				t, found = f.Type(), true
				break
			}
		}
		if !found {
			return name
		}
	}
	return name
}

func init() {
	natives["encoding/json.marshal"] = func(fr *Frame, a []Value) (res []Value) {
		j := newJSONBridge(fr)
		defer j.recover(fr)
		ifc, _ := a[0].R.(*Iface)
		var hv any
		if ifc != nil {
			hv = j.toHost(ifc.V, ifc.T).Interface()
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(a[3].B())
		enc.SetIndent(a[1].S(), a[2].S())
		if err := enc.Encode(hv); err != nil {
			var root types.Type
			if ifc != nil {
				root = ifc.T
			}
			return []Value{{}, mkStr(j.typeError(err, root))}
		}
		out := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
		return []Value{bytesValue(out), mkStr("")}
	}
	natives["encoding/json.unmarshal"] = func(fr *Frame, a []Value) []Value {
		j := newJSONBridge(fr)
		defer j.recover(fr)
		data := bytesOf(a[0])
		ifc, _ := a[1].R.(*Iface)
		if ifc == nil {
			return []Value{mkInt(0), mkStr("json: Unmarshal(nil)"), mkInt(-1)}
		}
		pt, ok := ifc.T.Underlying().(*types.Pointer)
		if !ok {
			return []Value{mkInt(0), mkStr("json: Unmarshal(non-pointer " + j.m.c.typeName(ifc.T) + ")"), mkInt(-1)}
		}
		if ifc.V.R == nil {
			return []Value{mkInt(0), mkStr("json: Unmarshal(nil " + j.m.c.typeName(ifc.T) + ")"), mkInt(-1)}
		}
		hv := j.toHost(ifc.V, ifc.T)
		dec := json.NewDecoder(bytes.NewReader(data))
		if a[2].B() {
			dec.UseNumber()
		}
		if a[3].B() {
			dec.DisallowUnknownFields()
		}
		// The whole input is one value, checked first, as Unmarshal does.
		var err error
		if !json.Valid(data) {
			err = json.Unmarshal(data, new(any))
		} else {
			err = dec.Decode(hv.Interface())
		}
		off := dec.InputOffset()
		var se *json.SyntaxError
		if err == nil || !errors.As(err, &se) {
			j.fromHost(hv, pt, ifc.V)
		}
		msg := ""
		if err != nil {
			msg = j.typeError(err, ifc.T)
			if se != nil {
				return []Value{mkInt(off), mkStr(msg), mkInt(se.Offset)}
			}
		}
		return []Value{mkInt(off), mkStr(msg), mkInt(-1)}
	}
	natives["encoding/json.numFloat"] = func(fr *Frame, a []Value) []Value {
		f, err := json.Number(a[0].S()).Float64()
		if err != nil {
			return []Value{mkFloat(f), mkStr(err.Error())}
		}
		return []Value{mkFloat(f), mkStr("")}
	}
	natives["encoding/json.numInt"] = func(fr *Frame, a []Value) []Value {
		i, err := json.Number(a[0].S()).Int64()
		if err != nil {
			return []Value{mkInt(i), mkStr(err.Error())}
		}
		return []Value{mkInt(i), mkStr("")}
	}
	// A Decoder's host decoder, over the input read to its end, keeps
	// the token state that Token, More and Decode share.
	natives["encoding/json.hostDecoder"] = func(fr *Frame, a []Value) []Value {
		dec := json.NewDecoder(bytes.NewReader(bytesOf(a[0])))
		if a[1].B() {
			dec.UseNumber()
		}
		if a[2].B() {
			dec.DisallowUnknownFields()
		}
		fr.m.hostObjs = append(fr.m.hostObjs, dec)
		return one(mkInt(int64(len(fr.m.hostObjs) - 1)))
	}
	hostDec := func(fr *Frame, v Value) *json.Decoder { return fr.m.hostObjs[v.I()].(*json.Decoder) }
	natives["encoding/json.decodeWith"] = func(fr *Frame, a []Value) []Value {
		j := newJSONBridge(fr)
		defer j.recover(fr)
		dec := hostDec(fr, a[0])
		ifc, _ := a[1].R.(*Iface)
		if ifc == nil {
			return []Value{mkStr("json: Unmarshal(nil)"), mkInt(-1)}
		}
		pt, ok := ifc.T.Underlying().(*types.Pointer)
		if !ok {
			return []Value{mkStr("json: Unmarshal(non-pointer " + j.m.c.typeName(ifc.T) + ")"), mkInt(-1)}
		}
		if ifc.V.R == nil {
			return []Value{mkStr("json: Unmarshal(nil " + j.m.c.typeName(ifc.T) + ")"), mkInt(-1)}
		}
		hv := j.toHost(ifc.V, ifc.T)
		err := dec.Decode(hv.Interface())
		var se *json.SyntaxError
		if err == nil || !errors.As(err, &se) {
			j.fromHost(hv, pt, ifc.V)
		}
		if err == nil {
			return []Value{mkStr(""), mkInt(-1)}
		}
		if se != nil {
			return []Value{mkStr(se.Error()), mkInt(se.Offset)}
		}
		return []Value{mkStr(j.typeError(err, ifc.T)), mkInt(-1)}
	}
	natives["encoding/json.tokenWith"] = func(fr *Frame, a []Value) []Value {
		// kind: 0 null, 1 Delim, 2 bool, 3 float64, 4 Number, 5 string, -1 error.
		tok, err := hostDec(fr, a[0]).Token()
		if err != nil {
			off := int64(-1)
			var se *json.SyntaxError
			if errors.As(err, &se) {
				off = se.Offset
			}
			return []Value{mkInt(-1), {}, {}, {}, mkStr(err.Error()), mkInt(off)}
		}
		switch t := tok.(type) {
		case json.Delim:
			return []Value{mkInt(1), mkStr(string(t)), {}, {}, mkStr(""), mkInt(-1)}
		case bool:
			return []Value{mkInt(2), mkStr(""), {}, mkBool(t), mkStr(""), mkInt(-1)}
		case float64:
			return []Value{mkInt(3), mkStr(""), mkFloat(t), {}, mkStr(""), mkInt(-1)}
		case json.Number:
			return []Value{mkInt(4), mkStr(string(t)), {}, {}, mkStr(""), mkInt(-1)}
		case string:
			return []Value{mkInt(5), mkStr(t), {}, {}, mkStr(""), mkInt(-1)}
		}
		return []Value{mkInt(0), mkStr(""), {}, {}, mkStr(""), mkInt(-1)}
	}
	natives["encoding/json.moreWith"] = func(fr *Frame, a []Value) []Value { return one(mkBool(hostDec(fr, a[0]).More())) }
	natives["encoding/json.offsetWith"] = func(fr *Frame, a []Value) []Value { return one(mkInt(hostDec(fr, a[0]).InputOffset())) }
	natives["encoding/json.valid"] = func(fr *Frame, a []Value) []Value { return one(mkBool(json.Valid(bytesOf(a[0])))) }
	natives["encoding/json.indent"] = func(fr *Frame, a []Value) []Value {
		var b bytes.Buffer
		var err error
		switch a[3].I() {
		case 0:
			err = json.Indent(&b, bytesOf(a[0]), a[1].S(), a[2].S())
		case 1:
			err = json.Compact(&b, bytesOf(a[0]))
		default:
			json.HTMLEscape(&b, bytesOf(a[0]))
		}
		if err != nil {
			return []Value{{}, mkStr(err.Error())}
		}
		return []Value{bytesValue(b.Bytes()), mkStr("")}
	}
}

// recover turns a jsonUnsupported into the program's panic.
func (j *jsonBridge) recover(fr *Frame) {
	if r := recover(); r != nil {
		if u, ok := r.(jsonUnsupported); ok {
			panic(j.m.newPanic(fr, j.m.errorValue(u.msg)))
		}
		panic(r)
	}
}

func bytesValue(b []byte) Value {
	sl := make([]Value, len(b))
	for i, x := range b {
		sl[i] = Value{N: uint64(x)}
	}
	return Value{R: sl}
}
